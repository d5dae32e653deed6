import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions } from 'esbuild';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * esbuild settings for the main process and the preload: CommonJS (a sandboxed preload cannot be an ES module),
 * one self-contained file each, with only `electron` left to require at run time.
 */
export function electronBuildOptions(rootDir: string, outDir: string): BuildOptions {
  return {
    entryPoints: {
      main: path.join(rootDir, 'electron', 'main.ts'),
      preload: path.join(rootDir, 'electron', 'preload.ts'),
    },
    outdir: outDir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['electron'],
    sourcemap: 'linked',
    logLevel: 'warning',
  };
}

/** Bundles electron/main.ts and electron/preload.ts into outDir as main.cjs and preload.cjs. */
export async function buildElectron(
  rootDir = repoRoot,
  outDir = path.join(repoRoot, 'dist', 'electron'),
): Promise<void> {
  await build(electronBuildOptions(rootDir, outDir));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildElectron().catch((error: unknown) => {
    // esbuild has already printed the located errors; a stack trace would only bury them.
    console.error(
      `build:electron failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
    process.exit(1);
  });
}
