import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Component tests: the admin's hooks and forms rendered in happy-dom with Testing Library (no server, no browser). */
export default defineConfig({
  root,
  base: '/admin/',
  test: {
    include: ['tests/component/**/*.test.tsx'],
    environment: 'happy-dom',
    environmentOptions: { happyDOM: { url: 'http://localhost/admin/' } },
    testTimeout: 20_000,
    reporters: process.env.VITEST_JSON ? ['default', ['json', { outputFile: process.env.VITEST_JSON }]] : ['default'],
  },
});
