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
const TABLE_WRITES = '^(add|bulkAdd|put|bulkPut|update|bulkUpdate|delete|bulkDelete|clear|modify|upsert)$';
/** The stored tables that only the command layer writes. */
const STORED_TABLES = '/^(annotations|imported|drafts|zims|zimParts)$/';
/** The files that make up the command layer: the only writers of those tables. */
const COMMAND_LAYER = [
  'renderer/db/commands.ts',
  'renderer/db/library-commands.ts',
  'renderer/db/imported-store.ts',
  'renderer/db/drafts.ts',
];
const ONE_WRITER =
  'Only the command layer writes highlights, articles and drafts: use appCommands() or appLibrary() (renderer/db/commands.ts, library-commands.ts).';
/** Every way Dexie offers to write one of those tables. */
const TABLE_WRITE_SELECTORS = [
  {
    selector: `CallExpression[callee.object.property.name=${STORED_TABLES}][callee.property.name=/${TABLE_WRITES}/]`,
    message: ONE_WRITER,
  },
  {
    // A write through a collection: db.annotations.where(…).modify(…) or .delete().
    selector: `CallExpression[callee.property.name=/^(modify|delete)$/][callee.object.type='CallExpression'] > MemberExpression.callee MemberExpression[property.name=${STORED_TABLES}]`,
    message: ONE_WRITER,
  },
  {
    selector: `CallExpression[callee.property.name='transaction'] > MemberExpression.arguments[property.name=${STORED_TABLES}]`,
    message: ONE_WRITER,
  },
];

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
    // One writer per kind of data: annotations go through renderer/db/commands.ts, imported articles through
    // renderer/db/library-commands.ts, note drafts through the draft journal (renderer/db/drafts.ts) reached by
    // appCommands(). The command layers record undo steps, merge edits from other windows and announce changes;
    // a write anywhere else would bypass all three.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: [...COMMAND_LAYER, 'renderer/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...TABLE_WRITE_SELECTORS,
        {
          selector: `ImportSpecifier[imported.name=/^(keepDraft|discardDraft|storeImported)$/]`,
          message: ONE_WRITER,
        },
      ],
    },
  },
  {
    // The import worker stores through the command layer's storeImported, and writes no table itself.
    files: ['renderer/import/import-worker.ts'],
    rules: { 'no-restricted-syntax': ['error', ...TABLE_WRITE_SELECTORS] },
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
