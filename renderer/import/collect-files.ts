import type { ChosenFile } from '../../electron/contract';
import type { ImportSource } from './protocol';

/** Files from a file input: a folder picker gives each file's path inside the folder, a file picker its name. */
export function sourcesFromFileList(files: FileList | readonly File[]): ImportSource[] {
  return Array.from(files, (file) => ({ file, path: file.webkitRelativePath || file.name }));
}

// The File and Directory Entries API, as far as a drop uses it (typed loosely: DOM lib names vary by version).
interface Entry {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  fullPath: string;
}
interface FileEntry extends Entry {
  file(ok: (file: File) => void, fail: (error: unknown) => void): void;
}
interface DirectoryEntry extends Entry {
  createReader(): { readEntries(ok: (entries: Entry[]) => void, fail: (error: unknown) => void): void };
}

async function readAll(directory: DirectoryEntry): Promise<Entry[]> {
  const reader = directory.createReader();
  const entries: Entry[] = [];
  // readEntries hands out a directory in batches (100 in Chromium) until it returns an empty one.
  for (;;) {
    const batch = await new Promise<Entry[]>((ok, fail) => reader.readEntries(ok, fail));
    if (batch.length === 0) return entries;
    entries.push(...batch);
  }
}

/**
 * Every file dropped, folders walked to the bottom, each with its path inside what was dropped. A folder that
 * cannot be read is skipped (its files would be refused one by one anyway). Walked with a queue, not recursion.
 */
export async function sourcesFromDrop(items: DataTransferItemList): Promise<ImportSource[]> {
  const queue: Entry[] = [];
  const loose: ImportSource[] = [];
  for (const item of Array.from(items)) {
    if (item.kind !== 'file') continue;
    const entry = (item as unknown as { webkitGetAsEntry?: () => Entry | null }).webkitGetAsEntry?.();
    if (entry) queue.push(entry);
    else {
      const file = item.getAsFile();
      if (file) loose.push({ file, path: file.name });
    }
  }
  const sources: ImportSource[] = [...loose];
  while (queue.length > 0) {
    const entry = queue.shift()!;
    const path = entry.fullPath.replace(/^\//, '') || entry.name;
    if (entry.isDirectory) {
      queue.push(...(await readAll(entry as DirectoryEntry).catch(() => [])));
    } else if (entry.isFile) {
      const file = await new Promise<File | undefined>((ok) =>
        (entry as FileEntry).file(ok, () => ok(undefined)),
      );
      if (file) sources.push({ file, path });
    }
  }
  return sources;
}

/** Files chosen in the desktop app's native dialog, which the main process read (or refused) for the page. */
export function sourcesFromChosen(chosen: readonly ChosenFile[]): ImportSource[] {
  return chosen.map((c) => {
    if ('bytes' in c) return { file: new File([c.bytes as Uint8Array<ArrayBuffer>], c.name), path: c.path };
    if ('zim' in c) return { file: new File([], c.name), path: c.path, zim: c.zim };
    return { file: new File([], c.name), path: c.path, refused: c.refused };
  });
}
