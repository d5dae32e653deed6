import { useSyncExternalStore } from 'react';
import type { ZimRecord } from '../db/database';
import { appLibrary } from '../db/library-commands';
import { indexIfNeeded } from './zim-indexing';
import { appZimClient } from '../zim/zim-client';
import { locationName, type ZimLocation } from '../zim/zim-location';
import { ZIM_FILE_URL_PATH, type ZimFileInfo } from '../../electron/contract';
import { desktopApi } from './save-text';
export { isZimPath, parseZimArticleId, zimArticleId } from '../../archive/core/libraries/zim-ids';

// Which libraries' files are open in this window. A File can be read only while the page holds it, so after a
// reload each library asks for its file again (the browser cannot reopen a path by itself).
const open = new Map<string, ZimLocation>();
const fileListeners = new Set<(uuid: string, file: ZimLocation) => void>();
const listeners = new Set<() => void>();
let snapshot: ReadonlySet<string> = new Set();

const changed = (): void => {
  snapshot = new Set(open.keys());
  for (const listener of [...listeners]) listener();
};

/** The UUIDs of the ZIM libraries whose files are open in this window, kept current. */
export function useOpenZims(): ReadonlySet<string> {
  return useSyncExternalStore(
    (listener) => (listeners.add(listener), () => listeners.delete(listener)),
    () => snapshot,
  );
}

/** Calls `listener` with every library file open now and each one opened later; returns a function that stops it. */
export function onZimFile(listener: (uuid: string, file: ZimLocation) => void): () => void {
  for (const [uuid, file] of open) listener(uuid, file);
  fileListeners.add(listener);
  return () => fileListeners.delete(listener);
}

/** Whether a library's file is open in this window. */
export function isZimOpen(uuid: string): boolean {
  return open.has(uuid);
}

/**
 * Opens a ZIM file in place and adds it to the library (or reconnects it, when it is the file of a library
 * added before). `expected` names the library the user meant to reconnect: another file is refused, saying so.
 */
export async function addZimFile(file: ZimLocation, expected?: ZimRecord): Promise<ZimRecord> {
  const name = locationName(file);
  const info = await appZimClient().open(file, name);
  if (expected !== undefined && info.uuid !== expected.uuid)
    throw new Error(
      `${name} is not the file of “${expected.title}” (it is “${info.title}”); pick ${expected.fileName}`,
    );
  const record: ZimRecord = { ...info, fileName: name, size: file.size, addedAt: Date.now() };
  await appLibrary().addZim(record);
  open.set(info.uuid, file);
  changed();
  for (const listener of [...fileListeners]) listener(info.uuid, file);
  void indexIfNeeded(info.uuid);
  return record;
}

/** What adding ZIM files did: the libraries added, and the files refused with the reason. */
export interface ZimAddOutcome {
  running: boolean;
  added: ZimRecord[];
  refused: { path: string; reason: string }[];
}

/** Adds each ZIM file as a library, one after another, reporting every step to `onUpdate`. */
export async function addZimFiles(
  files: readonly { file: Blob & { name: string }; path: string; zim?: ZimFileInfo }[],
  onUpdate: (outcome: ZimAddOutcome) => void,
): Promise<void> {
  let outcome: ZimAddOutcome = { running: true, added: [], refused: [] };
  onUpdate(outcome);
  for (const { file, path, zim } of files) {
    try {
      const record = await addZimFile(zim ? desktopLocation(zim) : file);
      outcome = { ...outcome, added: [...outcome.added, record] };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      outcome = { ...outcome, refused: [...outcome.refused, { path, reason }] };
    }
    onUpdate(outcome);
  }
  onUpdate({ ...outcome, running: false });
}

/** Where the desktop app's main process serves ranges of a ZIM file the user picked in its native dialog. */
export function desktopLocation(zim: ZimFileInfo): ZimLocation {
  return {
    url: new URL(`${ZIM_FILE_URL_PATH}${zim.uuid}`, document.baseURI).href,
    size: zim.size,
    name: zim.name,
  };
}

/**
 * In the desktop app, reopens every library whose file the main process still finds where the user picked it
 * (same size, same UUID), so after a restart its pages open without asking for the file again.
 */
export async function reopenDesktopZims(libraries: readonly ZimRecord[]): Promise<void> {
  const desktop = desktopApi();
  if (!desktop) return;
  const known = new Map(libraries.map((z) => [z.uuid, z]));
  for (const file of await desktop.listZimFiles()) {
    const library = known.get(file.uuid);
    if (library === undefined || open.has(file.uuid)) continue;
    await addZimFile(desktopLocation(file), library).catch(() => undefined);
  }
}
