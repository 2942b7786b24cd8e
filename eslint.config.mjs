// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'ui/dist/**', 'dist/**', '.data/**', '.tmp/**', 'test/fixtures/**', '*.mjs'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Workflow code is replayed: it must stay deterministic. No Node built-ins, no value imports
    // of activity implementations (only `import type`), nothing that touches the outside world.
    // `common/` (outside `common/node/`) is what workflows may import: the same rule holds there.
    files: ['workflows/**/*.ts', 'common/**/*.ts'],
    ignores: ['common/node/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({ name, message: 'Workflow code must stay deterministic.' })),
          patterns: [
            {
              group: ['**/activities', '**/activities/**', '**/api', '**/api/**', '**/db', '**/db/**'],
              allowTypeImports: true,
              message: 'Workflows may only `import type` from activities; call them through proxyActivities.',
            },
            {
              group: ['**/common/node/**', './node/**', '../node/**'],
              message:
                'common/node is Node-only code (crypto, configuration, logs): workflows may not import it.',
            },
            {
              group: [
                'knex',
                'pg',
                'objection',
                'koa',
                'pino',
                'nodemailer',
                '@temporalio/client',
                '@temporalio/worker',
                '@temporalio/activity',
              ],
              message: 'Workflow code must stay deterministic.',
            },
          ],
        },
      ],
    },
  },
);
