import { DataFileError, articleDataPath } from './data-files';

// A built archive keeps its articles' JSON in packs of about PACK_TARGET_BYTES, each one zstd frame, as a ZIM keeps
// pages in clusters: one file per article had made a 200,000-article build 1.4 GB of bodies, three times the text
// compressed. A pack's text starts with a small table, so one article is found without parsing the others.

/** Bytes of article JSON gathered before a pack is closed: 256 KB compress 2.7x at zstd level 3 (64 KB: 2.5x). */
export const PACK_TARGET_BYTES = 256 * 1024;

/** Largest pack accepted once decompressed: packs hold 256 KB, or one larger article, so this stops bombs. */
export const MAX_PACK_BYTES = 64 * 1024 * 1024;

/** Name of the list of packs in the data folder. */
export const PACKS_FILE = 'articles/packs.json';

const PACK_MAGIC = 0x4b504741; // "AGPK" read little-endian
const PACK_VERSION = 1;
const HEADER_WORDS = 3;
const PACK_FILE = /^articles\/pack-[0-9]+(?:-[0-9]+)?\.bin$/;

/** One pack in the list: its file and the ids of its articles in the order they are stored. */
export interface PackEntry {
  path: string;
  ids: string[];
}

/** The data folder's list of packs (articles/packs.json). */
export interface PackList {
  version: 1;
  packs: PackEntry[];
}

/** A pack's uncompressed bytes: magic, version, count, each article's end offset, then the articles' JSON. */
export function encodePack(jsons: readonly string[]): Uint8Array {
  const encoder = new TextEncoder();
  const texts = jsons.map((json) => encoder.encode(json));
  const tableBytes = (HEADER_WORDS + texts.length) * 4;
  const out = new Uint8Array(tableBytes + texts.reduce((sum, t) => sum + t.length, 0));
  const view = new DataView(out.buffer);
  view.setUint32(0, PACK_MAGIC, true);
  view.setUint32(4, PACK_VERSION, true);
  view.setUint32(8, texts.length, true);
  let at = tableBytes;
  texts.forEach((text, i) => {
    out.set(text, at);
    at += text.length;
    view.setUint32((HEADER_WORDS + i) * 4, at - tableBytes, true);
  });
  return out;
}

/** The JSON text of every article in a pack's uncompressed bytes; throws DataFileError naming the pack. */
export function decodePack(bytes: Uint8Array, path: string): string[] {
  const damaged = (why: string) => new DataFileError(`${path} is damaged (${why}); rebuild the app`);
  if (bytes.length < HEADER_WORDS * 4) throw damaged('too short');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== PACK_MAGIC) throw damaged('not an article pack');
  if (view.getUint32(4, true) !== PACK_VERSION) throw damaged('another version');
  const count = view.getUint32(8, true);
  const tableBytes = (HEADER_WORDS + count) * 4;
  if (tableBytes > bytes.length) throw damaged('its table runs past its end');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const texts: string[] = [];
  let start = 0;
  for (let i = 0; i < count; i++) {
    const end = view.getUint32((HEADER_WORDS + i) * 4, true);
    if (end < start || tableBytes + end > bytes.length) throw damaged(`article ${i} is out of range`);
    try {
      texts.push(decoder.decode(bytes.subarray(tableBytes + start, tableBytes + end)));
    } catch {
      throw damaged(`article ${i} is not UTF-8`);
    }
    start = end;
  }
  if (tableBytes + start !== bytes.length) throw damaged('bytes left after its last article');
  return texts;
}

/** Validates a parsed articles/packs.json and returns it typed; throws DataFileError naming what is wrong. */
export function parsePackList(json: unknown): PackList {
  const where = PACKS_FILE;
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new DataFileError(`${where} must be an object`);
  const data = json as Record<string, unknown>;
  if (data.version !== 1) throw new DataFileError(`${where}: version must be 1; rebuild the app`);
  if (!Array.isArray(data.packs)) throw new DataFileError(`${where}.packs must be an array`);
  const packs = data.packs.map((item: unknown, i): PackEntry => {
    const pack = item as Partial<Record<keyof PackEntry, unknown>> | null;
    if (typeof pack?.path !== 'string' || !PACK_FILE.test(pack.path))
      throw new DataFileError(`${where}.packs[${i}].path must be a path like "articles/pack-0-0.bin"`);
    if (!Array.isArray(pack.ids) || !pack.ids.every((id) => typeof id === 'string'))
      throw new DataFileError(`${where}.packs[${i}].ids must be a list of article ids`);
    for (const id of pack.ids as string[]) articleDataPath(id);
    return { path: pack.path, ids: pack.ids as string[] };
  });
  return { version: 1, packs };
}
