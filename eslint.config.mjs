// @ts-check
import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

// A lib is imported through its index only; layers point down (ARCHITECTURE.md):
// apps → domain libs → jobs, search, hs, text → core. `layer(files, allowed)` lets the files import
// only the listed libs; the rest of @niaz/* and any app is refused.
const THROUGH_INDEX = {
  group: ['@niaz/*/src/*', '../../libs/*'],
  message: 'Import a lib through its index (@niaz/<lib>).',
};
const NO_APPS = { group: ['**/apps/*', '**/apps/**'], message: 'Libs never import apps.' };
const layer = (files, allowed, message) => ({
  files,
  ignores: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          THROUGH_INDEX,
          NO_APPS,
          { group: ['@niaz/*', ...allowed.map((lib) => `!@niaz/${lib}`)], message },
        ],
      },
    ],
  },
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'apps/web/dist/**',
      'node_modules/**',
      'coverage/**',
      '.data/**',
      'migrations/**',
      '**/*.js',
      '**/*.mjs',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    // Type-aware: a promise is awaited, returned or explicitly `void` (issue 17).
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['libs/*/src/planted.ts', 'apps/*/src/planted.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': ['error', { patterns: [THROUGH_INDEX] }],
    },
  },
  layer(['libs/core/src/**'], ['text'], 'core knows no domain: it imports only text (pure).'),
  layer(
    ['libs/text/src/**'],
    [],
    'text is pure (the web app reads it too): it imports no other lib.',
  ),
  layer(
    ['libs/jobs/src/**'],
    ['core', 'text'],
    'jobs sits below search and the domain libs: core and text only.',
  ),
  layer(
    ['libs/hs/src/**'],
    ['core', 'text'],
    'hs (the HS 2022 nomenclature) sits below the domain libs: core and text only.',
  ),
  layer(
    ['libs/search/src/**'],
    ['core', 'text', 'jobs'],
    'search sits below the domain libs: core, text and jobs only.',
  ),
  layer(
    ['libs/{identity,needs,capabilities,bids,exhibitions,matching,notifications,meetings}/src/**'],
    [
      'core',
      'text',
      'jobs',
      'search',
      'hs',
      'identity',
      'needs',
      'capabilities',
      'bids',
      'exhibitions',
      'matching',
      'notifications',
      'meetings',
    ],
    'Domain libs import core, text, jobs, search, hs and other domain libs (through their index), never testing.',
  ),
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', 'test/**', 'bench/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
