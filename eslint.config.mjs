import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'admin-ui/dist/**', 'admin-ui/node_modules/**', '.data/**', '.tools/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The admin UI (its own tsconfig, found per file): React's recommended hook rules, the compiler-era ones
    // (no setState in effects, no refs read in render, pure renders) included.
    files: ['admin-ui/src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['admin-ui/src/**/*.{ts,tsx}'],
    rules: {
      'react-hooks/exhaustive-deps': 'error',
      // React ignores what an event handler returns; the handlers catch their own errors.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false, attributes: false } }],
    },
  },
  {
    // Workflow code runs in Temporal's deterministic sandbox: no Node built-ins, no database, no HTTP.
    files: ['src/workflows/**/*.ts', 'src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...builtinModules, ...builtinModules.map((m) => `node:${m}`), 'pg', 'kysely', 'undici', 'express', 'liquidjs'].map((name) => ({
            name,
            message: 'Workflow code must stay deterministic: do I/O in activities.',
          })),
          patterns: [
            { group: ['**/db/**', '**/db', '**/api/**', '**/templates/**', '**/dev/**'], message: 'Workflow code must stay deterministic: do I/O in activities.' },
            { group: ['**/activities', '**/activities/**'], allowTypeImports: true, message: 'Import activity types only: `import type * as activities`.' },
          ],
        },
      ],
    },
  },
);
