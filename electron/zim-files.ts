import { open, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ZIM_FILE_READ_MAX_BYTES, type ZimFileInfo } from './contract';

// Kiwix ZIM files are read in place: the user picks a file once, the main process remembers its path under the
// ZIM's UUID, and the page reads byte ranges of it from app://airgap/zim/<uuid>. Every read names a UUID the
// user picked and a range inside that file's size, checked here; nothing else on disk can be reached this way.

const ZIM_MAGIC = 0x044d495a;
const HEX_UUID = /^[0-9a-f]{32}$/;

// Read here rather than through archive/core/zim/header.ts, which the page uses: electron/ may import no other
// layer (tools/lint/layers.js), and these two fields are all the main process needs to know a file again.

/** The UUID in a ZIM header (bytes 8-23 as lowercase hex), or undefined when the bytes are not a ZIM header. */
export function zimUuidOf(header: Uint8Array): string | undefined {
  if (header.length < 24) return undefined;
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  if (view.getUint32(0, true) !== ZIM_MAGIC) return undefined;
  return [...header.subarray(8, 24)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Reads a file's ZIM UUID and size; throws a plain sentence when it is not a readable ZIM file. */
export async function identifyZimFile(filePath: string): Promise<{ uuid: string; size: number }> {
  const handle = await open(filePath, 'r');
  try {
    const { size } = await handle.stat();
    const header = new Uint8Array(24);
    await handle.read(header, 0, 24, 0);
    const uuid = zimUuidOf(header);
    if (uuid === undefined) throw new Error('this is not a ZIM file');
    return { uuid, size };
  } finally {
    await handle.close();
  }
}

/** One remembered file: where it is, what it is called, and the size it had when picked. */
interface Remembered extends ZimFileInfo {
  path: string;
}

/**
 * The ZIM files the user picked, by UUID, kept in a small JSON file in the profile so they reopen after a
 * restart. A file that moved, shrank or now holds another ZIM is left out of `list` (and its reads refused)
 * until the user picks it again.
 */
export class ZimFileRegistry {
  private files = new Map<string, Remembered>();
  private loaded: Promise<void> | undefined;

  constructor(private readonly storePath: string) {}

  private load(): Promise<void> {
    this.loaded ??= readFile(this.storePath, 'utf8').then(
      (text) => {
        let data: { files?: unknown } = {};
        try {
          data = JSON.parse(text) as { files?: unknown };
        } catch {
          // Damaged by hand or by a crash mid-write of an older version: read as empty, as below.
        }
        for (const item of Array.isArray(data?.files) ? data.files : []) {
          const file = item as Partial<Remembered>;
          if (typeof file.uuid !== 'string' || !HEX_UUID.test(file.uuid)) continue;
          if (typeof file.path !== 'string' || !path.isAbsolute(file.path)) continue;
          if (typeof file.name !== 'string' || typeof file.size !== 'number') continue;
          this.files.set(file.uuid, { uuid: file.uuid, path: file.path, name: file.name, size: file.size });
        }
      },
      // No file yet, or one damaged by hand: the user picks their files again; nothing else depends on it.
      () => undefined,
    );
    return this.loaded;
  }

  // Saves one after another: two at once would write the same temporary file and rename it twice.
  private saving: Promise<void> = Promise.resolve();

  private save(): Promise<void> {
    const write = async (): Promise<void> => {
      const temporary = `${this.storePath}.tmp`;
      await writeFile(temporary, JSON.stringify({ version: 1, files: [...this.files.values()] }, null, 2));
      await rename(temporary, this.storePath);
    };
    const next = this.saving.then(write, write);
    this.saving = next.catch(() => undefined);
    return next;
  }

  /** Remembers a file the user picked in the native dialog and says what it is. */
  async remember(filePath: string): Promise<ZimFileInfo> {
    await this.load();
    const { uuid, size } = await identifyZimFile(filePath);
    const file: Remembered = { uuid, path: path.resolve(filePath), name: path.basename(filePath), size };
    this.files.set(uuid, file);
    await this.save();
    return { uuid, name: file.name, size };
  }

  /** The remembered file of `uuid`, checked again on disk (same size, same UUID); undefined otherwise. */
  async resolve(uuid: string): Promise<Remembered | undefined> {
    await this.load();
    const file = HEX_UUID.test(uuid) ? this.files.get(uuid) : undefined;
    if (!file) return undefined;
    try {
      if ((await stat(file.path)).size !== file.size) return undefined;
      return (await identifyZimFile(file.path)).uuid === uuid ? file : undefined;
    } catch {
      return undefined;
    }
  }

  /** Every remembered file that is still where it was, as it was. */
  async list(): Promise<ZimFileInfo[]> {
    await this.load();
    const found: ZimFileInfo[] = [];
    for (const uuid of this.files.keys()) {
      const file = await this.resolve(uuid);
      if (file) found.push({ uuid, name: file.name, size: file.size });
    }
    return found;
  }

  /** Forgets every picked file (the user erased their data); the files themselves are never touched. */
  async forgetAll(): Promise<void> {
    await this.load();
    this.files.clear();
    await this.save();
  }
}

/** A byte range asked for with an HTTP Range header, inside a file of `size` bytes and at most the read cap. */
export function parseByteRange(
  header: string | null,
  size: number,
): { start: number; end: number } | undefined {
  const match = header === null ? null : /^bytes=(\d{1,16})-(\d{0,16})$/.exec(header.trim());
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = match[2] === '' ? size - 1 : Number(match[2]);
  if (start > end || end >= size || end - start + 1 > ZIM_FILE_READ_MAX_BYTES) return undefined;
  return { start, end };
}

/** Answers a read of app://airgap/zim/<uuid>: 206 with the range, or a plain refusal; never throws. */
export async function serveZimRange(
  registry: Pick<ZimFileRegistry, 'resolve'>,
  uuid: string,
  rangeHeader: string | null,
  headers: (contentType: string) => Record<string, string>,
): Promise<Response> {
  const refuse = (status: number, reason: string): Response =>
    new Response(`${status} ${reason}\n`, { status, headers: headers('text/plain; charset=utf-8') });
  const file = await registry.resolve(uuid);
  if (!file) return refuse(404, 'no such ZIM file was picked, or it changed on disk');
  const range = parseByteRange(rangeHeader, file.size);
  if (!range) return refuse(416, 'a range inside the file is required');
  const length = range.end - range.start + 1;
  const bytes = new Uint8Array(length);
  const handle = await open(file.path, 'r').catch(() => undefined);
  if (!handle) return refuse(404, 'the file could not be opened');
  try {
    const { bytesRead } = await handle.read(bytes, 0, length, range.start);
    if (bytesRead !== length) return refuse(416, 'the file ended before the range');
  } catch {
    return refuse(404, 'the file could not be read');
  } finally {
    await handle.close().catch(() => undefined);
  }
  return new Response(bytes, {
    status: 206,
    headers: {
      ...headers('application/octet-stream'),
      'Content-Range': `bytes ${range.start}-${range.end}/${file.size}`,
      'Content-Length': String(length),
    },
  });
}
