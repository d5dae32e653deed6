import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AirgapDatabase } from '../db/database';
import { storeImported } from '../db/imported-store';
import type { ImportItem, ImportReply, ImportSource } from './protocol';
import { arrivingQueue, displayPath, runImport } from './run-import';

let db: AirgapDatabase;
let counter = 0;
beforeEach(() => {
  db = new AirgapDatabase(`run-import-${++counter}`);
});
afterEach(() => db.delete());

const source = (path: string, content: string | Uint8Array<ArrayBuffer>, size?: number): ImportSource => {
  const blob = new Blob([content]);
  const name = path.split('/').pop()!;
  const file = Object.assign(blob, { name });
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  return { file, path };
};

async function run(sources: ImportSource[], cancelAfter = Infinity) {
  const replies: ImportReply[] = [];
  await runImport(sources, {
    save: (parsed, path) => storeImported(db, parsed, path),
    report: (reply) => replies.push(reply),
    cancelled: () => replies.filter((r) => r.kind === 'item').length >= cancelAfter,
  });
  const items = replies.flatMap((r) => (r.kind === 'item' ? [r.item] : []));
  return { replies, items };
}

describe('runImport', () => {
  it('imports each file, reports progress before it and its outcome after, then finishes', async () => {
    const { replies } = await run([source('a.txt', 'A\n\nText a.'), source('dir/b.md', '# B\n\nText b.')]);
    expect(replies.map((r) => r.kind)).toEqual(['progress', 'item', 'progress', 'item', 'finished']);
    expect(replies[2]).toEqual({ kind: 'progress', done: 1, total: 2, current: 'dir/b.md' });
    expect(replies.at(-1)).toEqual({ kind: 'finished', cancelled: false });
    expect(await db.imported.count()).toBe(2);
  });

  it('refuses bad files with their reasons and goes on with the rest', async () => {
    const { items } = await run([
      source('empty.md', ''),
      source('huge.html', 'x', 21 * 1024 * 1024),
      source('pic.html', new Uint8Array([0x89, 0x50, 0, 0])),
      source('notes.pdf', '%PDF'),
      source('ok.txt', 'Fine\n\nText.'),
    ]);
    expect(items.map((i) => [i.path, i.status, 'reason' in i ? i.reason : ''])).toEqual([
      ['empty.md', 'refused', 'the file is empty'],
      ['huge.html', 'refused', 'it is larger than the 20 MB limit'],
      ['pic.html', 'refused', 'it looks like a binary file, not text'],
      ['notes.pdf', 'refused', 'only .html, .htm, .md, .markdown, .txt files can be imported'],
      ['ok.txt', 'imported', ''],
    ]);
  });

  it('stops between files when cancelled, keeping what was imported whole', async () => {
    const sources = Array.from({ length: 5 }, (_, i) => source(`f${i}.txt`, `T${i}\n\nBody ${i}.`));
    const { replies, items } = await run(sources, 2);
    expect(items.map((i: ImportItem) => i.status)).toEqual(['imported', 'imported']);
    expect(replies.at(-1)).toEqual({ kind: 'finished', cancelled: true });
    expect(await db.imported.count()).toBe(2);
  });

  it('reports a failing store as a refusal in plain words, e.g. a full disk', async () => {
    const replies: ImportReply[] = [];
    await runImport([source('a.txt', 'A\n\nB')], {
      save: () => Promise.reject(Object.assign(new Error('quota'), { name: 'QuotaExceededError' })),
      report: (reply) => replies.push(reply),
      cancelled: () => false,
    });
    expect(replies.find((r) => r.kind === 'item')).toEqual({
      kind: 'item',
      item: { path: 'a.txt', status: 'refused', reason: 'the disk space the app may use is full' },
    });
  });
});

describe('displayPath', () => {
  it('shows control and bidi-override characters as replacement marks and cuts long paths', () => {
    expect(displayPath('evil\u202egpj.html')).toBe('evil\ufffdgpj.html');
    expect(displayPath('a\u0000b.md')).toBe('a\ufffdb.md');
    expect(displayPath('x'.repeat(1000))).toHaveLength(300);
    expect(displayPath('')).toBe('(no name)');
  });
});

describe('arrivingQueue', () => {
  it('yields items as they arrive and ends once the announced total has come', async () => {
    const queue = arrivingQueue<number>(3);
    const seen: number[] = [];
    const reading = (async () => {
      for await (const n of queue.items) seen.push(n);
    })();
    queue.push([1]);
    await new Promise((r) => setTimeout(r));
    expect(seen).toEqual([1]);
    queue.push([2, 3]);
    await reading;
    expect(seen).toEqual([1, 2, 3]);
  });

  it('imports files handed over while the import runs, with progress against the announced total', async () => {
    const queue = arrivingQueue<ImportSource>(2);
    const replies: ImportReply[] = [];
    const running = runImport(
      queue.items,
      {
        save: (parsed, path) => storeImported(db, parsed, path),
        report: (r) => replies.push(r),
        cancelled: () => false,
      },
      2,
    );
    queue.push([source('a.txt', 'A\n\nText.')]);
    queue.push([source('b.txt', 'B\n\nText.')]);
    await running;
    expect(replies.filter((r) => r.kind === 'progress')).toEqual([
      { kind: 'progress', done: 0, total: 2, current: 'a.txt' },
      { kind: 'progress', done: 1, total: 2, current: 'b.txt' },
    ]);
    expect(await db.imported.count()).toBe(2);
  });
});
