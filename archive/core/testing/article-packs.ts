import type { Article } from '../articles/article';
import { encodePack, PACKS_FILE } from '../articles/article-packs';

/**
 * A zstd frame holding `bytes` stored as raw blocks (RFC 8878, 3.1.1.2), stating its size: every zstd decoder
 * reads it, so tests in any layer can make packs without a compressor.
 */
export function zstdStored(bytes: Uint8Array): Uint8Array {
  const BLOCK = 128 * 1024;
  const blocks = Math.max(1, Math.ceil(bytes.length / BLOCK));
  const out = new Uint8Array(4 + 1 + 8 + blocks * 3 + bytes.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0xfd2fb528, true);
  // Frame header descriptor: an 8-byte content size, single segment (no window descriptor), no checksum.
  out[4] = 0b1110_0000;
  view.setBigUint64(5, BigInt(bytes.length), true);
  let at = 13;
  for (let b = 0; b < blocks; b++) {
    const chunk = bytes.subarray(b * BLOCK, (b + 1) * BLOCK);
    // Block header: last-block flag, type 0 (raw), size; 3 bytes little-endian.
    const header = (b === blocks - 1 ? 1 : 0) | (chunk.length << 3);
    out[at] = header & 0xff;
    out[at + 1] = (header >> 8) & 0xff;
    out[at + 2] = (header >> 16) & 0xff;
    out.set(chunk, at + 3);
    at += 3 + chunk.length;
  }
  return out;
}

/** The files a build writes for these articles' bodies, in packs of `perPack` articles: path to contents. */
export function packedFiles(articles: readonly Article[], perPack = 8): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = {};
  const packs: { path: string; ids: string[] }[] = [];
  for (let i = 0; i < articles.length; i += perPack) {
    const group = articles.slice(i, i + perPack);
    const path = `articles/pack-0-${packs.length}.bin`;
    files[path] = zstdStored(encodePack(group.map((a) => JSON.stringify(a))));
    packs.push({ path, ids: group.map((a) => a.id) });
  }
  files[PACKS_FILE] = JSON.stringify({ version: 1, packs });
  return files;
}
