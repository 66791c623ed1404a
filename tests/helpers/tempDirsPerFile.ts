import { afterAll } from 'vitest';
import { removeTempDirs } from './serverProcess.ts';

/**
 * Setup file of the node project (tests/vitest.config.ts): the temp folders a test file made (tempDataDir, startTestApp's
 * media folder) are removed when the file ends, after its own afterAll hooks have stopped its servers.
 */
afterAll(() => removeTempDirs());
