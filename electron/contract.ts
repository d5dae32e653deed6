/**
 * The one contract between the main process and the renderer. The renderer imports the types with
 * `import type` and reads the API from `window[AIRGAP_API_KEY]`; the preload exposes it and electron/ipc.ts
 * answers it. Nothing here may import Node or Electron: it is bundled into the sandboxed preload.
 */

/** The window property under which the preload exposes {@link AirgapApi}. */
export const AIRGAP_API_KEY = 'airgap';

/** The IPC channel for each {@link AirgapApi} method; both ends read names from here so they cannot drift. */
export const IPC_CHANNELS = {
  copyText: 'airgap:copy-text',
  getPrivacyReport: 'airgap:get-privacy-report',
  getAppInfo: 'airgap:get-app-info',
  chooseImportFiles: 'airgap:choose-import-files',
  getDataLocation: 'airgap:get-data-location',
  eraseAllData: 'airgap:erase-all-data',
  listZimFiles: 'airgap:list-zim-files',
} as const;

/** Channels the main process sends on, unasked; the preload turns each into a typed subscription. */
export const IPC_EVENTS = {
  blocked: 'airgap:blocked',
} as const;

/** The layers of the desktop app that refuse outbound attempts, as the privacy panel names them. */
export const BLOCK_LAYERS = ['requests', 'navigation', 'downloads'] as const;

/** One of {@link BLOCK_LAYERS}: the request filter, the navigation and popup guard, or the download guard. */
export type BlockLayer = (typeof BLOCK_LAYERS)[number];

/** One refused attempt, as listed in the report and sent live to the page. */
export interface BlockedAttempt {
  url: string;
  at: string;
  layer: BlockLayer;
}

/** The live event for a refused attempt: the attempt, plus the running total so a late listener can catch up. */
export interface BlockedEvent extends BlockedAttempt {
  total: number;
}

/** Where the desktop app keeps the user's data, and how much of the disk it takes. */
export interface DataLocation {
  path: string;
  bytes: number;
}

/** How many recent blocked requests a {@link PrivacyReport} lists; the count still covers all of them. */
export const PRIVACY_REPORT_LIMIT = 50;

/** The longest text copyText accepts, so a runaway renderer cannot push gigabytes through IPC. */
export const COPY_TEXT_MAX_LENGTH = 5_000_000;

/** Every network request the app refused since it started, for the renderer's privacy report. */
export interface PrivacyReport {
  /** All requests blocked since `since`, including those no longer listed. */
  blockedCount: number;
  /** The same count split by the layer that refused each attempt. */
  byLayer: Record<BlockLayer, number>;
  /** The most recent blocked requests, oldest first, at most {@link PRIVACY_REPORT_LIMIT}. */
  blocked: BlockedAttempt[];
  /** ISO 8601 time the main process started recording. */
  since: string;
}

/** Facts about the running app the renderer shows in its About panel. */
export interface AppInfo {
  version: string;
  packaged: boolean;
  platform: string;
}

/** The extensions the native import dialog offers and a chosen folder is searched for (the importer's list). */
export const IMPORT_FILE_EXTENSIONS = ['.html', '.htm', '.md', '.markdown', '.txt'] as const;

/** Largest file the main process reads for an import; bigger ones come back refused, unread. */
export const IMPORT_FILE_MAX_BYTES = 20 * 1024 * 1024;

/** Most bytes one native import hands over; files past it come back refused, so IPC stays bounded. */
export const IMPORT_TOTAL_MAX_BYTES = 512 * 1024 * 1024;

/** A Kiwix ZIM file the user picked, remembered by the main process under the ZIM's UUID, read in place. */
export interface ZimFileInfo {
  uuid: string;
  /** The file's name, without its folder. */
  name: string;
  size: number;
}

/** Where the page reads byte ranges of a picked ZIM file: this path on the app origin, then the ZIM's UUID. */
export const ZIM_FILE_URL_PATH = '/zim/';

/** Most bytes one range read of a ZIM file returns (a cluster of a real file is far smaller). */
export const ZIM_FILE_READ_MAX_BYTES = 64 * 1024 * 1024;

/**
 * One file chosen in the native import dialog: its bytes, a ZIM file remembered to be read in place (never
 * copied), or why it was not read.
 */
export type ChosenFile =
  | { path: string; name: string; bytes: Uint8Array }
  | { path: string; name: string; zim: ZimFileInfo }
  | { path: string; name: string; refused: string };

/** What the renderer can ask of the main process; present as `window.airgap` only when running in Electron. */
export interface AirgapApi {
  /** Writes plain text to the system clipboard, which the sandboxed renderer may not touch itself. */
  copyText(text: string): Promise<void>;
  /** Lists the requests the network policy blocked. */
  getPrivacyReport(): Promise<PrivacyReport>;
  /** Returns the app's version, packaging state and platform. */
  getAppInfo(): Promise<AppInfo>;
  /**
   * Shows the system's open dialog for files or a folder and returns what was chosen (a folder's importable
   * files, subfolders included), each with its path relative to the folder; empty when the user cancels.
   */
  chooseImportFiles(kind: 'files' | 'folder'): Promise<ChosenFile[]>;
  /** Says where the profile folder is and how large it is on disk. */
  getDataLocation(): Promise<DataLocation>;
  /**
   * Clears every kind of storage the app's session holds, and forgets the picked ZIM files' paths (the page
   * deletes its own database first); the files themselves are never touched.
   */
  eraseAllData(): Promise<void>;
  /** The ZIM files picked before (this run or an earlier one) that are still where they were, unchanged. */
  listZimFiles(): Promise<ZimFileInfo[]>;
  /** Calls listener for every attempt a blocking layer refuses from now on; returns the unsubscribe function. */
  onBlocked(listener: (event: BlockedEvent) => void): () => void;
}
