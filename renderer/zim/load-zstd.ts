import wasmUrl from 'zstd-wasm-binary?url';
import { loadZstdWasm } from '../../archive/core/zim/zstd-wasm';

/**
 * Starts loading zstd in WebAssembly for this worker's reads of Kiwix files, from the app's own files (never the
 * network); reads made meanwhile wait for it. Where it cannot be fetched or compiled, fzstd decodes instead.
 */
export function loadZstd(): void {
  if (started) return;
  started = true;
  void loadZstdWasm(fetch(wasmUrl).then((response) => response.arrayBuffer()));
}

let started = false;
