/** Where the user stopped in one article: how far down (0 to 1) and when it was last open. */
export interface ReadingPosition {
  ratio: number;
  /** ISO 8601 time the article was last read. */
  at: string;
}

const KEY = 'airgap.reading-positions';
/** Articles remembered; the least recently read are forgotten first. */
export const MAX_POSITIONS = 2000;

type Store = Pick<Storage, 'getItem' | 'setItem'>;

/** Every remembered position, by article id; an unreadable store reads as empty, never throws. */
export function readPositions(storage: Store): Record<string, ReadingPosition> {
  try {
    const raw = JSON.parse(storage.getItem(KEY) ?? '{}') as unknown;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
    const out: Record<string, ReadingPosition> = {};
    for (const [id, value] of Object.entries(raw as Record<string, unknown>)) {
      const v = value as Partial<ReadingPosition> | null;
      if (v && typeof v.ratio === 'number' && Number.isFinite(v.ratio) && typeof v.at === 'string')
        out[id] = { ratio: Math.min(1, Math.max(0, v.ratio)), at: v.at };
    }
    return out;
  } catch {
    return {};
  }
}

/** Remembers where the user is in one article, keeping the store within MAX_POSITIONS entries. */
export function savePosition(storage: Store, id: string, ratio: number, now: Date): void {
  const all = readPositions(storage);
  delete all[id];
  all[id] = { ratio: Math.min(1, Math.max(0, ratio)), at: now.toISOString() };
  const ids = Object.keys(all);
  // Insertion order is reading order (each save moves its article last), so the oldest come first.
  for (const old of ids.slice(0, Math.max(0, ids.length - MAX_POSITIONS))) delete all[old];
  try {
    storage.setItem(KEY, JSON.stringify(all));
  } catch {
    // Storage full or unavailable: losing a reading position loses nothing the user wrote.
  }
}

/** The scroll ratio of a scroller: 0 at the top, 1 at the bottom (0 when nothing scrolls). */
export function scrollRatio(el: Pick<HTMLElement, 'scrollTop' | 'scrollHeight' | 'clientHeight'>): number {
  const range = el.scrollHeight - el.clientHeight;
  return range > 0 ? el.scrollTop / range : 0;
}
