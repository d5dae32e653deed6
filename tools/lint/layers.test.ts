import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { LAYERS, layerOf, TEST_MAY } from './layers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SOURCE_ROOTS = ['archive/core', 'renderer', 'electron', 'tools', 'e2e'];

/** Every folder under the source roots that holds TypeScript, as repository paths. */
function sourceFolders(dir: string): string[] {
  const entries = readdirSync(path.join(root, dir));
  const here = entries.some((e) => /\.tsx?$/.test(e) && !e.endsWith('.d.ts')) ? [dir] : [];
  const below = entries
    .filter((e) => !e.startsWith('.') && statSync(path.join(root, dir, e)).isDirectory())
    .flatMap((e) => sourceFolders(`${dir}/${e}`));
  return [...here, ...below];
}

const eslint = new ESLint();
async function layerMessages(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'layers/allowed-imports').map((m) => m.message);
}

describe('the layer allow-lists (tools/lint/layers.js)', () => {
  it('name only folders and files that exist, so a typo cannot allow everything', () => {
    const named = [...Object.keys(LAYERS), ...Object.values(LAYERS).flatMap((l) => l.may), ...TEST_MAY];
    const missing = named.filter((p) => !existsSync(path.join(root, p)));
    expect(missing).toEqual([]);
    for (const [key, layer] of Object.entries(LAYERS))
      for (const entry of layer.entries ?? [])
        expect(existsSync(path.join(root, key, entry)), entry).toBe(true);
  });

  it('give every folder of source code a layer', () => {
    const unplaced = SOURCE_ROOTS.flatMap(sourceFolders).filter((folder) => layerOf(folder) === undefined);
    expect(unplaced).toEqual([]);
  });

  it('point down only: no layer may reach itself through the layers it imports', () => {
    const edges = new Map(
      Object.entries(LAYERS).map(([key, layer]) => [
        key,
        layer.may.map((p) => layerOf(p)).filter((l): l is string => l !== undefined && l !== key),
      ]),
    );
    const circles: string[] = [];
    const visit = (node: string, trail: string[]): void => {
      if (trail.includes(node)) return void circles.push([...trail, node].join(' -> '));
      for (const next of edges.get(node) ?? []) visit(next, [...trail, node]);
    };
    for (const key of edges.keys()) visit(key, []);
    expect(circles).toEqual([]);
  });
});

describe('the allowed-imports rule', () => {
  it('refuses an import up the layers, with what the folder may import', async () => {
    expect(await layerMessages("import '../components/App';\n", 'renderer/model/x.ts')).toEqual([
      expect.stringMatching(
        /^renderer\/model may not import renderer\/components \(it may import: renderer\/search/,
      ),
    ]);
    expect(await layerMessages("export * from '../shell/route';\n", 'renderer/db/x.ts')).toEqual([
      expect.stringMatching(/renderer\/db may not import renderer\/shell/),
    ]);
    expect(await layerMessages("void import('../import/formats');\n", 'archive/core/articles/x.ts')).toEqual([
      expect.stringMatching(/archive\/core\/articles may not import archive\/core\/import/),
    ]);
  });

  it('allows imports down the layers and within a folder', async () => {
    expect(
      await layerMessages("import '../model/toasts';\nimport './Modal';\n", 'renderer/components/X.tsx'),
    ).toEqual([]);
    expect(await layerMessages("import '../../electron/contract';\n", 'renderer/model/x.ts')).toEqual([]);
    expect(await layerMessages("import '../../electron/main';\n", 'renderer/model/x.ts')).toEqual([
      expect.stringMatching(/may not import electron/),
    ]);
  });

  it('lets other layers reach the search engine only through its entries', async () => {
    const from = 'renderer/search/x.ts';
    expect(await layerMessages("import '../../archive/core/search';\n", from)).toEqual([]);
    expect(await layerMessages("import '../../archive/core/search/query';\n", from)).toEqual([]);
    expect(await layerMessages("import '../../archive/core/search/engine/segment-reader';\n", from)).toEqual([
      expect.stringMatching(/import only its entries/),
    ]);
    expect(
      await layerMessages("import './engine/segment-reader';\n", 'archive/core/search/search.ts'),
    ).toEqual([]);
  });

  it('lets tests use the core’s test data generators and recorded sources', async () => {
    const code = "import '../../archive/core/testing/annotation-arbitrary';\n";
    expect(await layerMessages(code, 'renderer/model/x.test.ts')).toEqual([]);
    expect(await layerMessages(code, 'renderer/model/x.ts')).toEqual([
      expect.stringMatching(/may not import archive\/core\/testing/),
    ]);
  });
});
