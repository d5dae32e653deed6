import fc from 'fast-check';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ZIM_FILE_READ_MAX_BYTES } from './contract';
import { securityHeaders } from './security-headers';
import { parseByteRange, serveZimRange, zimUuidOf, ZimFileRegistry } from './zim-files';

const fixtures = path.join(import.meta.dirname, '..', 'archive', 'core', 'zim', 'fixtures');
const modern = path.join(fixtures, 'modern.zim');
const legacy = path.join(fixtures, 'legacy-xz.zim');
const uuidOf = (file: string): string => zimUuidOf(readFileSync(file))!;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'airgap-zim-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('zimUuidOf', () => {
  it("reads a ZIM header's UUID as zimdump prints it, and nothing from other bytes", () => {
    const reference = JSON.parse(readFileSync(modern.replace(/\.zim$/, '.zimdump.json'), 'utf8'));
    expect(uuidOf(modern)).toBe(reference.info.uuid.replace(/-/g, ''));
    expect(zimUuidOf(new Uint8Array(24))).toBeUndefined();
    expect(zimUuidOf(readFileSync(modern).subarray(0, 20))).toBeUndefined();
  });
});

describe('ZimFileRegistry', () => {
  it('remembers a picked file across restarts, and forgets it once it moved, changed or all are erased', async () => {
    const file = path.join(dir, 'library.zim');
    copyFileSync(modern, file);
    const store = path.join(dir, 'zim-files.json');
    const info = await new ZimFileRegistry(store).remember(file);
    expect(info).toEqual({ uuid: uuidOf(modern), name: 'library.zim', size: readFileSync(modern).length });
    // A new registry (the next run) reads the store and finds the file unchanged.
    const restarted = new ZimFileRegistry(store);
    expect(await restarted.list()).toEqual([info]);
    expect((await restarted.resolve(info.uuid))?.path).toBe(file);
    // Another ZIM copied over it: same name, another UUID; the old one no longer resolves.
    copyFileSync(legacy, file);
    expect(await new ZimFileRegistry(store).list()).toEqual([]);
    copyFileSync(modern, file);
    truncateSync(file, 100);
    expect(await new ZimFileRegistry(store).resolve(info.uuid)).toBeUndefined();
    copyFileSync(modern, file);
    await restarted.forgetAll();
    expect(await new ZimFileRegistry(store).list()).toEqual([]);
  });

  it('remembers files picked together, each saved, none lost to the other', async () => {
    const store = path.join(dir, 'zim-files.json');
    const registry = new ZimFileRegistry(store);
    await Promise.all([registry.remember(modern), registry.remember(legacy)]);
    expect((await new ZimFileRegistry(store).list()).map((f) => f.name).sort()).toEqual([
      'legacy-xz.zim',
      'modern.zim',
    ]);
  });

  it('refuses a file that is not a ZIM, and starts empty from a damaged store, skipping bad entries', async () => {
    const fake = path.join(dir, 'fake.zim');
    writeFileSync(fake, Buffer.alloc(300));
    const store = path.join(dir, 'zim-files.json');
    await expect(new ZimFileRegistry(store).remember(fake)).rejects.toThrow('this is not a ZIM file');
    writeFileSync(store, '{not json');
    expect(await new ZimFileRegistry(store).list()).toEqual([]);
    const uuid = uuidOf(modern);
    writeFileSync(
      store,
      JSON.stringify({
        files: [
          { uuid: '../../etc', path: modern, name: 'x', size: 1 },
          { uuid, path: 'relative.zim', name: 'x', size: 1 },
          { uuid, path: modern, name: 'modern.zim', size: readFileSync(modern).length },
        ],
      }),
    );
    expect((await new ZimFileRegistry(store).list()).map((f) => f.uuid)).toEqual([uuid]);
  });
});

describe('parseByteRange', () => {
  it('accepts one range inside the file and under the read cap, and nothing else', () => {
    expect(parseByteRange('bytes=0-9', 100)).toEqual({ start: 0, end: 9 });
    expect(parseByteRange('bytes=90-', 100)).toEqual({ start: 90, end: 99 });
    for (const bad of [
      null,
      '',
      'bytes=5-4',
      'bytes=0-100',
      'bytes=-5',
      'bytes=0-1,4-5',
      'items=0-1',
      'bytes=1e3-2',
    ])
      expect(parseByteRange(bad, 100)).toBeUndefined();
    expect(parseByteRange(`bytes=0-${ZIM_FILE_READ_MAX_BYTES}`, 2 ** 40)).toBeUndefined();
  });

  it('never gives a range outside the file, whatever the header', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 1, max: 2 ** 40 }),
        (junk, a, b, size) => {
          for (const header of [junk, `bytes=${a}-${b}`, `bytes=${a}-`]) {
            const range = parseByteRange(header, size);
            if (range) {
              expect(range.start).toBeGreaterThanOrEqual(0);
              expect(range.start).toBeLessThanOrEqual(range.end);
              expect(range.end).toBeLessThan(size);
            }
          }
        },
      ),
    );
  });
});

describe('serveZimRange', () => {
  it('answers a range of a picked file with exactly its bytes, and refuses unknown files and bad ranges', async () => {
    const store = path.join(dir, 'zim-files.json');
    const registry = new ZimFileRegistry(store);
    const { uuid } = await registry.remember(modern);
    const bytes = readFileSync(modern);
    const served = await serveZimRange(registry, uuid, 'bytes=8-23', (type) => securityHeaders(type));
    expect(served.status).toBe(206);
    expect(served.headers.get('Content-Range')).toBe(`bytes 8-23/${bytes.length}`);
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(new Uint8Array(bytes.subarray(8, 24)));
    expect((await serveZimRange(registry, uuid, `bytes=0-${bytes.length}`, securityHeaders)).status).toBe(
      416,
    );
    expect((await serveZimRange(registry, uuid, null, securityHeaders)).status).toBe(416);
    expect((await serveZimRange(registry, '0'.repeat(32), 'bytes=0-1', securityHeaders)).status).toBe(404);
    expect((await serveZimRange(registry, '../../../etc/passwd', 'bytes=0-1', securityHeaders)).status).toBe(
      404,
    );
  });
});
