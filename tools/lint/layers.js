// @ts-check
// The house's layers as data: each folder lists the folders it may import from, and nothing else may be imported
// (as VS Code's layer checks do). A folder's layer also covers its subfolders unless they have a line of their
// own. A layer with `entries` lets other layers import only those files of it. The rule below enforces this;
// layers.test.ts checks the list itself against the tree, so a mistyped folder fails CI instead of allowing all.
import path from 'node:path';

/** @typedef {{ may: readonly string[], entries?: readonly string[] }} Layer */

const core = 'archive/core';
const renderer = 'renderer';
const shared = [
  'archive/core/articles',
  'archive/core/annotations',
  'archive/core/search',
  'archive/core/history',
];
const allCore = [
  ...shared,
  'archive/core/export',
  'archive/core/import',
  'archive/core/zim',
  'archive/core/libraries',
];
// What the renderer's model and everything above it may use: the data layers, the DOM helpers, the core and the
// main process's typed contract.
const belowModel = [
  `${renderer}/search`,
  `${renderer}/zim`,
  `${renderer}/import`,
  `${renderer}/db`,
  `${renderer}/dom`,
  ...allCore,
  'electron/contract.ts',
];

/** @type {Readonly<Record<string, Layer>>} */
export const LAYERS = {
  // The pure core, bottom up: articles, then search over them, annotations on them, their export, and import.
  [`${core}/articles`]: { may: [] },
  // Undo and redo as plain data, for every kind of record.
  [`${core}/history`]: { may: [] },
  // Kiwix ZIM files read in place over a byte-range source: bytes in, entries and blobs out.
  [`${core}/zim`]: { may: [] },
  [`${core}/search`]: {
    may: [`${core}/articles`],
    // The engine's one public entry, plus the light query limits and find-in-article the page uses.
    entries: ['index.ts', 'query.ts', 'find.ts', 'language-tags.ts'],
  },
  [`${core}/annotations`]: { may: [`${core}/articles`, `${core}/search`] },
  [`${core}/export`]: { may: [`${core}/articles`, `${core}/annotations`] },
  [`${core}/import`]: { may: [`${core}/articles`, `${core}/zim`] },
  // Libraries read in place (Kiwix ZIM files) made searchable: their pages through import into search segments.
  [`${core}/libraries`]: { may: [`${core}/articles`, `${core}/search`, `${core}/import`, `${core}/zim`] },
  [`${core}/testing`]: { may: allCore },
  // The renderer, top down: components -> shell -> model -> search, import -> db, dom -> the core.
  [`${renderer}`]: {
    may: [`${renderer}/components`, `${renderer}/db`, `${renderer}/model`, `${renderer}/styles`],
  },
  [`${renderer}/components`]: { may: [`${renderer}/shell`, `${renderer}/model`, ...belowModel] },
  [`${renderer}/shell`]: { may: [`${renderer}/model`, ...belowModel] },
  [`${renderer}/model`]: { may: belowModel },
  [`${renderer}/search`]: { may: [`${renderer}/db`, `${renderer}/zim`, ...allCore] },
  [`${renderer}/zim`]: { may: allCore },
  [`${renderer}/import`]: { may: [`${renderer}/db`, ...allCore, 'electron/contract.ts'] },
  [`${renderer}/db`]: { may: allCore },
  [`${renderer}/dom`]: { may: allCore },
  [`${renderer}/styles`]: { may: [] },
  // The main process: one module per capability, sharing nothing with the renderer but the typed contract.
  electron: { may: [] },
  // Tools: audits and benchmarks on top of the dev helpers, which sit on the build.
  'tools/build': { may: [...allCore, 'tools/dev/electron-binary.ts'] },
  'tools/dev': { may: ['electron', 'e2e/support', 'tools/bench/lib', ...allCore] },
  'tools/bench/lib': { may: [...allCore, 'e2e/support'] },
  'tools/bench': {
    may: ['tools/bench/lib', 'tools/build', 'tools/dev', 'e2e/support', ...allCore],
  },
  'tools/audit': { may: ['tools/dev', 'e2e/support'] },
  'tools/ci': { may: [] },
  'tools/zim': { may: ['archive/core/zim', 'archive/core/testing'] },
  'tools/lint': { may: [] },
  // End-to-end specs drive the built app; their support code is shared with the audits and benchmarks.
  e2e: { may: allCore },
};

/** What tests may import beyond their folder's layer: the core's generators of test data and recorded sources. */
export const TEST_MAY = ['archive/core/testing', 'archive/sources'];

/**
 * The layer (a key of LAYERS) a repository path belongs to: the longest key it lies in; undefined if none.
 * @param {string} relPath
 * @returns {string | undefined}
 */
export function layerOf(relPath) {
  let best;
  for (const key of Object.keys(LAYERS))
    if (
      (relPath === key || relPath.startsWith(`${key}/`)) &&
      (best === undefined || key.length > best.length)
    )
      best = key;
  return best;
}

/**
 * Whether `target` (a repository path) is named by an allow-list entry: the entry itself or a path inside it.
 * @param {string} entry
 * @param {string} target
 */
function named(entry, target) {
  /** @param {string} p */
  const bare = (p) => p.replace(/\.tsx?$/, '');
  return target === entry || target.startsWith(`${entry}/`) || bare(target) === bare(entry);
}

/**
 * Why an import from `from` to `target` (repository paths, target without extension or with one) breaks the
 * layers, or undefined when it is allowed.
 * @param {string} from
 * @param {string} target
 * @returns {string | undefined}
 */
export function layerViolation(from, target) {
  const source = layerOf(from);
  if (source === undefined) return undefined;
  const layer = layerOf(target);
  if (layer === source) return undefined;
  const test = /\.test\.tsx?$/.test(from);
  const allowed = [...(LAYERS[source]?.may ?? []), ...(test ? TEST_MAY : [])];
  if (!allowed.some((entry) => named(entry, target) || (layer !== undefined && named(entry, layer))))
    return `${source} may not import ${layer ?? target} (it may import: ${allowed.join(', ') || 'nothing outside itself'}).`;
  const entries = layer === undefined ? undefined : LAYERS[layer]?.entries;
  if (entries && layer !== undefined) {
    const inside = path.posix.relative(layer, target);
    if (
      !entries.some(
        (e) => inside === e || inside === e.replace(/\.ts$/, '') || (inside === '' && e === 'index.ts'),
      )
    )
      return `Outside ${layer}, import only its entries (${entries.join(', ')}), not ${inside}.`;
  }
  return undefined;
}

/** @type {import('eslint').Rule.RuleModule} */
const allowedImports = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Each folder imports only from the folders its layer allows (tools/lint/layers.js).',
    },
    schema: [],
  },
  create(context) {
    const root = context.cwd;
    const from = path.relative(root, context.filename).split(path.sep).join('/');
    /** @param {import('estree').Node} node @param {unknown} source */
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const spec = source.split('?')[0] ?? source;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
      const problem = layerViolation(from, target);
      if (problem) context.report({ node, message: problem });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

/** The ESLint plugin that carries the rule. */
export const layersPlugin = { rules: { 'allowed-imports': allowedImports } };
