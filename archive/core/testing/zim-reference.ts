import { expect } from 'vitest';
import { memorySource } from '../zim/byte-source';
import type { Dirent } from '../zim/dirent';
import { ZimArchive } from '../zim/zim-archive';
import { fromBase64, type ZimdumpReference } from './zim-fixtures';

/** The path zimdump shows for an entry: without the namespace for C in newer files, with it in older ones. */
export function shownPath(zim: ZimArchive, entry: Dirent): string | undefined {
  if (zim.header.newNamespaces) return entry.namespace === 'C' ? entry.path : undefined;
  return `${entry.namespace}/${entry.path}`;
}

/** Every entry of a ZIM, in path order, read one at a time. */
export async function allEntries(zim: ZimArchive): Promise<Dirent[]> {
  const entries: Dirent[] = [];
  for (let i = 0; i < zim.entryCount; i++) entries.push(await zim.entryAt(i));
  return entries;
}

/** Expects the reader to list the same entries as zimdump, with the same titles, kinds, types, redirects and bytes. */
export async function expectSameAsZimdump(bytes: Uint8Array, reference: ZimdumpReference): Promise<void> {
  const zim = await ZimArchive.open(memorySource(bytes));
  expect(zim.header.uuid).toBe(reference.info.uuid!.replaceAll('-', ''));
  expect(zim.header.clusterCount).toBe(Number(reference.info['cluster count']));
  const shown = new Map<string, Dirent>();
  for (const entry of await allEntries(zim)) {
    const path = shownPath(zim, entry);
    if (path !== undefined) shown.set(path, entry);
  }
  expect([...shown.keys()]).toEqual(reference.entries.map((e) => e.path));
  for (const expected of reference.entries) {
    const entry = shown.get(expected.path)!;
    expect(entry.title, expected.path).toBe(expected.title);
    if (expected.type === 'redirect') {
      expect(entry).toMatchObject({ kind: 'redirect', target: expected.redirect });
      continue;
    }
    expect(entry.kind).toBe('content');
    const content = await zim.content(entry as Extract<Dirent, { kind: 'content' }>);
    expect(content.mimeType).toBe(expected.mimeType);
    expect(content.bytes.length).toBe(expected.size);
    expect(content.bytes).toEqual(fromBase64(expected.bytes!));
  }
}
