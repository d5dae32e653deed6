import { checkFile, readImportFile, type ParsedFile } from '../../archive/core/import/formats';
import { ImportRefusal } from '../../archive/core/import/refusal';
import type { SaveOutcome } from '../db/imported-store';
import type { ImportItem, ImportReply, ImportSource } from './protocol';

/** What one import run needs: a way to store a parsed file, to report, and to learn it was cancelled. */
export interface ImportDeps {
  save(parsed: ParsedFile, path: string): Promise<SaveOutcome>;
  report(reply: ImportReply): void;
  cancelled(): boolean;
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const HIDDEN_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Longest file path kept in a report; a hostile name cannot flood the summary. */
const MAX_PATH_LENGTH = 300;

/**
 * A file's path made safe to show: control characters and bidi overrides (which can disguise "gpj.html" as
 * "html.jpg") are made visible as U+FFFD, and it is cut to a readable length. The path is only ever shown and
 * compared, never opened.
 */
export function displayPath(path: string): string {
  const visible = path.replace(HIDDEN_CHARACTERS, '\ufffd');
  return visible.length > MAX_PATH_LENGTH
    ? `${visible.slice(0, MAX_PATH_LENGTH - 1)}…`
    : visible || '(no name)';
}

async function importOne(source: ImportSource, deps: ImportDeps): Promise<ImportItem> {
  const path = displayPath(source.path);
  if (source.refused !== undefined) return { path, status: 'refused', reason: source.refused };
  try {
    // Checked before reading, so a 2 GB file is refused without being loaded into memory.
    checkFile(source.file.name, source.file.size);
    const bytes = new Uint8Array(await source.file.arrayBuffer());
    const outcome = readImportFile(source.file.name, bytes);
    if (!outcome.ok) return { path, status: 'refused', reason: outcome.reason };
    const saved = await deps.save(outcome.file, path);
    return { path, ...saved };
  } catch (error) {
    if (error instanceof ImportRefusal) return { path, status: 'refused', reason: error.reason };
    const detail = error instanceof Error ? error.message : String(error);
    const full = error instanceof Error && error.name === 'QuotaExceededError';
    return {
      path,
      status: 'refused',
      reason: full ? 'the disk space the app may use is full' : `it could not be imported (${detail})`,
    };
  }
}

/**
 * Imports files one at a time, reporting progress before each and the outcome after it; stops between files
 * when cancelled, so every file is either wholly stored or not at all. `sources` may still be arriving
 * (the page hands files over in batches): `total` is how many will come.
 */
export async function runImport(
  sources: Iterable<ImportSource> | AsyncIterable<ImportSource>,
  deps: ImportDeps,
  total = Array.isArray(sources) ? sources.length : NaN,
): Promise<void> {
  let done = 0;
  for await (const source of sources) {
    if (deps.cancelled()) return deps.report({ kind: 'finished', cancelled: true });
    deps.report({ kind: 'progress', done, total, current: displayPath(source.path) });
    deps.report({ kind: 'item', item: await importOne(source, deps) });
    done++;
  }
  deps.report({ kind: 'finished', cancelled: false });
}

/** A queue that a consumer reads with `for await` while a producer is still adding to it. */
export function arrivingQueue<T>(total: number): {
  push(items: readonly T[]): void;
  items: AsyncIterable<T>;
} {
  const buffer: T[] = [];
  let received = 0;
  let wake: (() => void) | undefined;
  return {
    push(items) {
      buffer.push(...items);
      received += items.length;
      wake?.();
    },
    items: {
      async *[Symbol.asyncIterator]() {
        for (let taken = 0; taken < total; taken++) {
          while (buffer.length === 0) {
            if (received >= total) return;
            await new Promise<void>((resolve) => (wake = resolve));
          }
          yield buffer.shift()!;
        }
      },
    },
  };
}
