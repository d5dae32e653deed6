/** Imported articles that were added, changed or removed, in this window or in another one. */
export interface LibraryChange {
  /** The ids of the articles touched; the search index and open readers refresh what they show of them. */
  ids: readonly string[];
  /** Whether the change was made in this window or arrived from another window of the app. */
  origin: 'here' | 'elsewhere';
}

/** Listens to library changes. */
export type LibraryListener = (change: LibraryChange) => void;

/** The part of a BroadcastChannel the stream uses; tests pass a pair of linked fakes. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent) => void) | null;
}

/** Most ids one message may name; a message naming more is read as "everything may have changed". */
const MAX_IDS = 100_000;

// A message from another window is checked before use: it is data from outside this page's own code.
function readMessage(data: unknown): readonly string[] | undefined {
  if (typeof data !== 'object' || data === null || !('ids' in data)) return undefined;
  const { ids } = data;
  if (!Array.isArray(ids) || ids.length > MAX_IDS) return undefined;
  return ids.every((id): id is string => typeof id === 'string') ? ids : undefined;
}

/**
 * The one stream of changes to the library's stored articles: the library commands emit into it after every
 * stored change (and undo or redo), and the search index, the library list and open readers subscribe to it
 * instead of being called back by whoever made the change. Other windows hear of it through `channel`.
 */
export class LibraryEvents {
  private readonly listeners = new Set<LibraryListener>();

  constructor(private readonly channel?: ChannelLike) {
    if (channel)
      channel.onmessage = (event) => {
        const ids = readMessage(event.data);
        if (ids !== undefined) this.deliver({ ids, origin: 'elsewhere' });
      };
  }

  /** Tells every listener here, and every other window, that these articles changed. */
  emit(ids: readonly string[]): void {
    if (ids.length === 0) return;
    this.deliver({ ids, origin: 'here' });
    try {
      this.channel?.postMessage({ ids: [...ids] });
    } catch {
      // Another window that misses this refreshes on its next change or restart; this window is current.
    }
  }

  /** Calls `listener` after each change; returns a function that stops the calls. */
  subscribe(listener: LibraryListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private deliver(change: LibraryChange): void {
    for (const listener of [...this.listeners]) listener(change);
  }
}

let shared: LibraryEvents | undefined;

/** The running window's library change stream, linked to the app's other windows where the browser can. */
export function appLibraryEvents(): LibraryEvents {
  shared ??= new LibraryEvents(
    typeof BroadcastChannel === 'function' ? new BroadcastChannel('airgap-library') : undefined,
  );
  return shared;
}
