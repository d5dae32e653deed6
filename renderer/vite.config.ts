import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

// Relative base: the same build is served from app://airgap/ in Electron and from 127.0.0.1 in a browser.
export default defineConfig({
  root: here('.'),
  base: './',
  // tools/build/build-data.ts writes the search index and article bodies here; Vite copies them into the build.
  publicDir: here('../generated/public'),
  plugins: [react()],
  resolve: {
    alias: [
      // The zstd WebAssembly module, fetched by the workers that read Kiwix files: the package exports only its
      // JavaScript, so its binary is named by path (the query, ?url, kept).
      {
        find: /^zstd-wasm-binary(\?.*)?$/,
        replacement: `${here('../node_modules/@bokuweb/zstd-wasm/dist/web/zstd.wasm')}$1`,
      },
    ],
  },
  build: {
    outDir: here('../dist/renderer'),
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
    // Inlined assets would need data: URLs, which the strict CSP does not allow.
    assetsInlineLimit: 0,
  },
  worker: { format: 'es' },
});
