import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Dialog } from 'electron';
import {
  IMPORT_FILE_EXTENSIONS,
  IMPORT_FILE_MAX_BYTES,
  IMPORT_TOTAL_MAX_BYTES,
  type ChosenFile,
} from './contract';
import type { ZimFileRegistry } from './zim-files';

const isZimFile = (file: string): boolean => path.extname(file).toLowerCase() === '.zim';

/** A picked ZIM file remembered for reading in place, or why it cannot be. */
async function rememberZim(file: string, zimFiles: Pick<ZimFileRegistry, 'remember'>): Promise<ChosenFile> {
  const name = path.basename(file);
  try {
    return { path: name, name, zim: await zimFiles.remember(file) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { path: name, name, refused: code ? `it could not be read (${code})` : (error as Error).message };
  }
}

/** Checks chooseImportFiles' argument, which arrives from the renderer as untrusted data. */
export function validateImportKind(value: unknown): 'files' | 'folder' {
  if (value !== 'files' && value !== 'folder')
    throw new Error('chooseImportFiles expects "files" or "folder"');
  return value;
}

const importable = (name: string): boolean =>
  (IMPORT_FILE_EXTENSIONS as readonly string[]).includes(path.extname(name).toLowerCase());

/** Every importable file under `folder` in path order, walked with a queue; symbolic links are not followed. */
export async function filesInFolder(folder: string): Promise<string[]> {
  const found: string[] = [];
  const queue = [folder];
  while (queue.length > 0) {
    const dir = queue.shift()!;
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) queue.push(full);
      else if (entry.isFile() && importable(entry.name)) found.push(full);
    }
  }
  return found.sort();
}

/**
 * Reads chosen files for the renderer: each file's bytes, or a refusal without reading it when it is too big,
 * unreadable or past the total limit. `base` is the folder paths are shown relative to.
 */
export async function readChosenFiles(
  files: readonly string[],
  base: string | undefined,
  limits = { file: IMPORT_FILE_MAX_BYTES, total: IMPORT_TOTAL_MAX_BYTES },
): Promise<ChosenFile[]> {
  const chosen: ChosenFile[] = [];
  let total = 0;
  for (const file of files) {
    const shown =
      base === undefined ? path.basename(file) : path.relative(base, file).split(path.sep).join('/');
    const name = path.basename(file);
    try {
      const { size } = await stat(file);
      if (size > limits.file) {
        chosen.push({
          path: shown,
          name,
          refused: `it is larger than the ${limits.file / 1024 / 1024} MB limit`,
        });
      } else if (total + size > limits.total) {
        chosen.push({
          path: shown,
          name,
          refused: 'one import can read at most 512 MB; import the rest next',
        });
      } else {
        total += size;
        chosen.push({ path: shown, name, bytes: new Uint8Array(await readFile(file)) });
      }
    } catch (error) {
      chosen.push({
        path: shown,
        name,
        refused: `it could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      });
    }
  }
  return chosen;
}

/**
 * Shows the native open dialog and reads what the user chose; an empty list when they cancel. ZIM files are not
 * read: they are remembered in `zimFiles`, to be read in place a range at a time.
 */
export async function chooseImportFiles(
  dialog: Pick<Dialog, 'showOpenDialog'>,
  kind: 'files' | 'folder',
  zimFiles: Pick<ZimFileRegistry, 'remember'>,
): Promise<ChosenFile[]> {
  const extensions = IMPORT_FILE_EXTENSIONS.map((e) => e.slice(1));
  const result = await dialog.showOpenDialog({
    title: kind === 'files' ? 'Import articles or add Kiwix libraries' : 'Import a folder of articles',
    properties: kind === 'files' ? ['openFile', 'multiSelections'] : ['openDirectory'],
    filters:
      kind === 'files'
        ? [
            { name: 'Web pages, Markdown, text and Kiwix ZIM files', extensions: [...extensions, 'zim'] },
            { name: 'Kiwix ZIM files', extensions: ['zim'] },
          ]
        : [],
  });
  if (result.canceled || result.filePaths.length === 0) return [];
  if (kind === 'files') {
    const zims = result.filePaths.filter(isZimFile);
    const read = await readChosenFiles(
      result.filePaths.filter((p) => !isZimFile(p)),
      undefined,
    );
    // One after another: each is read and the list of remembered files saved before the next.
    const remembered: ChosenFile[] = [];
    for (const zim of zims) remembered.push(await rememberZim(zim, zimFiles));
    return [...remembered, ...read];
  }
  const folder = result.filePaths[0]!;
  return readChosenFiles(await filesInFolder(folder), path.dirname(folder));
}
