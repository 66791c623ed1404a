import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MOCKING_COMPONENT_TESTS } from '../component/mockingFiles.ts';
import { REPO_ROOT } from '../helpers/serverProcess.ts';

describe('component tests that vi.mock a module', () => {
  it('all run isolated (listed in tests/component/mockingFiles.ts), so no mock leaks into the next file', () => {
    const files = readdirSync(path.join(REPO_ROOT, 'tests/component'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.test.tsx'))
      .map((f) => `tests/component/${f.split(path.sep).join('/')}`);
    const mocking = files.filter((f) => /\bvi\.mock\(/.test(readFileSync(path.join(REPO_ROOT, f), 'utf8')));
    expect(mocking.length).toBeGreaterThan(0);
    expect([...mocking].sort()).toEqual([...MOCKING_COMPONENT_TESTS].sort());
  });
});
