import { ZimError } from './byte-source';
import { zstdContentSize } from './decompress';

/** Decodes one whole zstd frame into at most `capacity` bytes; throws when it needs more room or is damaged. */
export type ZstdDecoder = (bytes: Uint8Array, capacity: number) => Uint8Array;

/** The package's entry, loose enough for both of its builds: Node's reads its file itself, the web's is handed it. */
interface ZstdWasmModule {
  init(wasm?: ArrayBuffer): Promise<void>;
  decompress(bytes: Uint8Array, options: { defaultHeapSize: number }): Uint8Array;
}

let decoder: Promise<ZstdDecoder | undefined> | undefined;

/**
 * Loads the reference zstd compiled to WebAssembly (@bokuweb/zstd-wasm), once. It decodes a ZIM's 2 MB clusters
 * 3-6x faster than fzstd (JavaScript) and reports zstd's errors. Resolves undefined where WebAssembly may not be
 * compiled (a policy forbids it) or the module cannot be read: clusters are then decoded with fzstd, as before.
 * `bytes` are the module's, which a browser must fetch (reads wait for them); Node's build of the package reads
 * its own.
 */
export function loadZstdWasm(bytes?: ArrayBuffer | Promise<ArrayBuffer>): Promise<ZstdDecoder | undefined> {
  decoder ??= (async () => {
    try {
      const wasm = await bytes;
      // Compiled once first, apart: the package's own loader waits forever when compiling fails.
      if (wasm !== undefined) await WebAssembly.compile(wasm);
      // A CommonJS bundle in Node: its loader may put the functions under `default` only, as with xz-decompress.
      const module = (await import('@bokuweb/zstd-wasm')) as unknown as Partial<ZstdWasmModule> & {
        default?: ZstdWasmModule;
      };
      const zstd = typeof module.decompress === 'function' ? (module as ZstdWasmModule) : module.default;
      if (typeof zstd?.decompress !== 'function') return undefined;
      await zstd.init(wasm);
      return (bytes, capacity) => zstd.decompress(bytes, { defaultHeapSize: capacity });
    } catch {
      return undefined;
    }
  })();
  return decoder;
}

/** The decoder loaded by `loadZstdWasm`, if it has finished loading and could be. */
export async function zstdWasm(): Promise<ZstdDecoder | undefined> {
  return decoder;
}

/**
 * Decodes a whole zstd frame that may not state its size (a ZIM's do not): first into room for eight times its
 * bytes, then twice as much each time zstd says the room is short, up to `limit`.
 */
export function decodeWithRoom(
  decode: ZstdDecoder,
  bytes: Uint8Array,
  limit: number,
  cluster: number,
): Uint8Array {
  // A size the frame states is taken as given by the decoder, whatever room it is offered: a hostile one could ask
  // for gigabytes, so it is checked first.
  if ((zstdContentSize(bytes) ?? 0) > limit) throw tooLarge(limit);
  for (let room = Math.min(limit, Math.max(1 << 20, bytes.length * 8)); ; room = Math.min(limit, room * 2)) {
    try {
      return decode(bytes, room);
    } catch (error) {
      // zstd's "destination buffer too small" (ZSTD_error_dstSize_tooSmall, 70): more room may do.
      if (!/code -70\b/.test(String(error))) {
        throw new ZimError(`cluster ${cluster} could not be decompressed (${String(error)})`, {
          cause: error,
        });
      }
      if (room >= limit) throw tooLarge(limit);
    }
  }
}

const tooLarge = (limit: number): ZimError =>
  new ZimError(`a cluster would decompress to more than ${limit / 1024 / 1024} MB`);
