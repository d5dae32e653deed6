import type { ZimFileInfo } from '../../electron/contract';
import type { SaveOutcome } from '../db/imported-store';

/** A file to import and the name it is known by: its path inside a chosen or dropped folder, else its name. */
export interface ImportSource {
  file: Blob & { readonly name: string };
  path: string;
  /** Set when the file was refused before it reached the page (the desktop app reads files for the page). */
  refused?: string;
  /** A ZIM file the desktop app's main process remembered, to be read in place from it (`file` is empty). */
  zim?: ZimFileInfo;
}

/** What happened to one file. */
export type ImportItem =
  ({ path: string } & SaveOutcome) | { path: string; status: 'refused'; reason: string };

/**
 * A message from the page to the import worker: `import` announces how many files will come, `files` brings
 * them in batches (cloning a thousand File handles in one message blocks the page for over 150 ms).
 */
export type ImportRequest =
  { kind: 'import'; total: number } | { kind: 'files'; sources: ImportSource[] } | { kind: 'cancel' };

/**
 * A message from the import worker to the page: progress before each file, one item after it, and one
 * `finished` at the end (after a cancel, once the file in hand is done).
 */
export type ImportReply =
  | { kind: 'progress'; done: number; total: number; current: string }
  | { kind: 'item'; item: ImportItem }
  | { kind: 'finished'; cancelled: boolean }
  | { kind: 'failed'; message: string };
