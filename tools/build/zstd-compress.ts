// The build compresses article packs with the reference zstd (@bokuweb/zstd-wasm, the package whose decoder the
// app's workers run): Node 20 has no zstd of its own, and the app reads packs with any zstd decoder.

/** zstd level of article packs: level 3 compresses the bench's text 2.67x at 56 MB/s; 9 gains 6% at a fifth of it. */
export const PACK_LEVEL = 3;

interface ZstdWasm {
  init(): Promise<void>;
  compress(bytes: Uint8Array, level?: number): Uint8Array;
}

let module: Promise<ZstdWasm> | undefined;

/** One zstd frame of `bytes` (stating its size, so a reader can refuse a bomb before decoding). */
export async function zstdCompress(bytes: Uint8Array): Promise<Uint8Array> {
  module ??= (async () => {
    // A CommonJS bundle in Node: its loader may put the functions under `default` only.
    const loaded = (await import('@bokuweb/zstd-wasm')) as unknown as Partial<ZstdWasm> & {
      default?: ZstdWasm;
    };
    const zstd = typeof loaded.compress === 'function' ? (loaded as ZstdWasm) : loaded.default!;
    await zstd.init();
    return zstd;
  })();
  // Copied out: the result is a view of the WebAssembly memory, which the next call may reuse.
  return (await module).compress(bytes, PACK_LEVEL).slice();
}
