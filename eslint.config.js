import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'tests/reports/**', 'tests/artifacts/**', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['display/**/*.{ts,tsx}', 'admin/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The repo's shared/ runs on the server, the kiosk and the admin: it may not reach into any of them.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['node:*', '@bangtin/server', '@bangtin/display', '@bangtin/admin', '../../server/*', '../../display/*', '../../admin/*'] },
      ],
    },
  },
  {
    // The domain announces changes through its events port (domain/events.ts) and reaches kiosks through ports it
    // declares; it never imports transport code, not even types.
    files: ['server/src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/http/*', '**/realtime/*'], message: 'server/src/domain imports nothing from http/ or realtime/.' }] },
      ],
    },
  },
  {
    // Pages import server code only as types.
    files: ['display/**/*.{ts,tsx}', 'admin/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@bangtin/server', '**/server/src/*'], allowTypeImports: true }] }],
    },
  },
  {
    // The console calls the server only through its typed client, which builds every URL from the route contracts
    // in @bangtin/shared/api: a path spelled by hand elsewhere could drift from the server's.
    files: ['admin/src/**/*.{ts,tsx}'],
    ignores: ['admin/src/api/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Literal[value=/^\\/api(\\/|$)/], TemplateElement[value.raw=/^\\/api(\\/|$)/]',
          message: 'Call the server through useApi() (admin/src/api/), or urlFor(contract) for links; no hand-written /api/ paths.',
        },
      ],
    },
  },
  {
    // The console renders the kiosk's slides for previews, through the one entry the display exports for it.
    files: ['admin/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@bangtin/server', '**/server/src/*'], allowTypeImports: true },
            { regex: '^@bangtin/display(?!/preview$)|/display/src/', message: 'The console imports the display only through @bangtin/display/preview.' },
          ],
        },
      ],
    },
  },
);
