import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildElectron } from './build-electron';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = mkdtempSync(path.join(tmpdir(), 'airgap-electron-build-'));

function requiredModules(file: string): string[] {
  const code = readFileSync(path.join(outDir, file), 'utf8');
  return [...new Set([...code.matchAll(/\brequire\(["']([^"']+)["']\)/g)].map((m) => m[1] ?? ''))].sort();
}

beforeAll(async () => {
  await buildElectron(repoRoot, outDir);
}, 60_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('buildElectron', () => {
  it('bundles a preload that requires nothing but electron, as a sandboxed preload must', () => {
    expect(requiredModules('preload.cjs')).toEqual(['electron']);
  });

  it('bundles a main process that requires only electron and Node built-ins', () => {
    const allowed = new Set(['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const modules = requiredModules('main.cjs');
    expect(modules).toContain('electron');
    expect(modules.filter((m) => !allowed.has(m))).toEqual([]);
  });

  it('emits CommonJS that finds the renderer beside it and the preload next to itself', () => {
    const main = readFileSync(path.join(outDir, 'main.cjs'), 'utf8');
    expect(main).not.toMatch(/^\s*import\s/m);
    expect(main).toContain('"../renderer"');
    expect(main).toContain('"preload.cjs"');
  });
});
