// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { layersPlugin } from './tools/lint/layers.js';

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'http',
  'https',
  'net',
  'url',
  'crypto',
];

/** Dexie table methods that change stored rows. */
const ANNOTATION_WRITES =
  '^(add|bulkAdd|put|bulkPut|update|bulkUpdate|delete|bulkDelete|clear|modify|upsert)$';

/**
 * Builds a no-restricted-imports rule from forbidden module patterns, each with the reason a reader sees;
 * a RegExp stands for a regex pattern where gitignore-style globs cannot say it (relative paths with "..").
 * @param {...[string[] | RegExp, string]} groups
 * @returns {import('eslint').Linter.RuleEntry}
 */
const forbid = (...groups) => [
  'error',
  {
    patterns: groups.map(([group, message]) =>
      group instanceof RegExp ? { regex: group.source, message } : { group, message },
    ),
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'release',
      'generated',
      '.tsbuild',
      'test-results',
      'playwright-report',
      'e2e-artifacts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: 'error',
    },
  },
  {
    // Imports point down the layers only: each folder's allow-list is in tools/lint/layers.js.
    files: [
      'archive/**/*.ts',
      'renderer/**/*.{ts,tsx}',
      'electron/**/*.ts',
      'tools/**/*.{ts,js}',
      'e2e/**/*.ts',
    ],
    plugins: { layers: layersPlugin },
    rules: { 'layers/allowed-imports': 'error' },
  },
  {
    files: ['archive/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(
        [nodeBuiltins, 'archive/ is the pure core: no Node built-ins.'],
        [
          ['electron', 'react', 'react-*', 'dexie', 'dexie-*'],
          'archive/ is the pure core: no Electron, React or Dexie.',
        ],
        [
          ['**/renderer/**', '**/electron/**', '**/tools/**'],
          'archive/ may not import the layers built on it.',
        ],
      ),
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/db/**', 'renderer/vite.config.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': forbid(
        [nodeBuiltins, 'The renderer runs sandboxed: no Node built-ins.'],
        [
          /^electron$|\/electron\/(?!contract$)/,
          'The renderer reaches the main process only through window.airgap, typed by electron/contract.ts.',
        ],
        [['dexie', 'dexie-*'], 'Only renderer/db/ imports Dexie; use its repository functions and hooks.'],
        [['**/tools/**'], 'Build and dev tools are not part of the app.'],
      ),
    },
  },
  {
    files: ['renderer/db/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': forbid(
        [nodeBuiltins, 'The renderer runs sandboxed: no Node built-ins.'],
        [['electron', 'react-dom'], 'The db layer stores data; it does not touch Electron or the DOM tree.'],
      ),
    },
  },
  {
    // One writer of annotations: every change goes through renderer/db/commands.ts, which records undo steps and
    // merges edits from other windows. A write anywhere else would bypass both.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/db/commands.ts', 'renderer/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: `CallExpression[callee.object.property.name='annotations'][callee.property.name=/${ANNOTATION_WRITES}/]`,
          message: 'Only renderer/db/commands.ts writes annotations: use appCommands().',
        },
        {
          // A write through a collection: db.annotations.where(…).modify(…) or .delete().
          selector: `CallExpression[callee.property.name=/^(modify|delete)$/][callee.object.type='CallExpression'] > MemberExpression.callee MemberExpression[property.name='annotations']`,
          message: 'Only renderer/db/commands.ts writes annotations: use appCommands().',
        },
        {
          selector: `CallExpression[callee.property.name='transaction'] > MemberExpression.arguments[property.name='annotations']`,
          message: 'Only renderer/db/commands.ts opens transactions on annotations: use appCommands().',
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(
        [['react', 'react-*', 'dexie', 'dexie-*'], 'The main process has no UI and no IndexedDB.'],
        [
          ['**/renderer/**'],
          'electron/ may not import the renderer; share types through electron/contract.ts.',
        ],
      ),
    },
  },
  {
    files: ['electron/preload.ts'],
    rules: {
      'no-restricted-imports': forbid(
        [nodeBuiltins, 'The sandboxed preload can only require electron.'],
        [['./*', '!./contract'], 'The preload is one bundle-free file: import only ./contract types.'],
      ),
    },
  },
);
