/**
 * Where the user stopped in one article. The place is a passage, not a pixel: the block at the top of the reading
 * area and the character inside it where that line starts, so a different window width or font size still lands
 * on the same words. `ratio` is kept for records saved before places were passages, and as their fallback.
 */
export interface ReadingPosition {
  /** How far down (0 to 1) the reader was; used only where a record has no block. */
  ratio: number;
  /** Index of the block whose line was at the top of the reading area. */
  block?: number;
  /** Character offset inside that block of the first character on that line. */
  offset?: number;
  /** ISO 8601 time the article was last read. */
  at: string;
}

/** A passage in an article: a block and a character offset inside it. */
export interface BlockPlace {
  block: number;
  offset: number;
}

const KEY = 'airgap.reading-positions';
/** Articles remembered; the least recently read are forgotten first. */
export const MAX_POSITIONS = 2000;

type Store = Pick<Storage, 'getItem' | 'setItem'>;

const isIndex = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;

/** Every remembered position, by article id; an unreadable store reads as empty, never throws. */
export function readPositions(storage: Store): Record<string, ReadingPosition> {
  try {
    const raw = JSON.parse(storage.getItem(KEY) ?? '{}') as unknown;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
    const out: Record<string, ReadingPosition> = {};
    for (const [id, value] of Object.entries(raw as Record<string, unknown>)) {
      const v = value as Partial<ReadingPosition> | null;
      if (!v || typeof v.ratio !== 'number' || !Number.isFinite(v.ratio) || typeof v.at !== 'string')
        continue;
      const position: ReadingPosition = { ratio: Math.min(1, Math.max(0, v.ratio)), at: v.at };
      // A damaged place falls back to the ratio rather than losing the whole record.
      if (isIndex(v.block) && isIndex(v.offset))
        Object.assign(position, { block: v.block, offset: v.offset });
      out[id] = position;
    }
    return out;
  } catch {
    return {};
  }
}

/** Remembers where the user is in one article, keeping the store within MAX_POSITIONS entries. */
export function savePosition(storage: Store, id: string, ratio: number, now: Date, place?: BlockPlace): void {
  const all = readPositions(storage);
  delete all[id];
  all[id] = { ratio: Math.min(1, Math.max(0, ratio)), ...place, at: now.toISOString() };
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

/** The block and in-block offset of a plain-text offset, given each block's first offset (blockOffsets). */
export function placeOf(offsets: readonly number[], textOffset: number): BlockPlace {
  let lo = 0;
  let hi = offsets.length - 1;
  // The last block starting at or before the offset.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((offsets[mid] ?? 0) <= textOffset) lo = mid;
    else hi = mid - 1;
  }
  return { block: Math.max(0, lo), offset: Math.max(0, textOffset - (offsets[lo] ?? 0)) };
}

/**
 * The plain-text offset of a remembered place in the article as it is now, or undefined when the block is gone.
 * An offset past a block that has since shrunk is kept inside it.
 */
export function offsetOf(
  offsets: readonly number[],
  blockLengths: readonly number[],
  place: BlockPlace,
): number | undefined {
  const start = offsets[place.block];
  if (start === undefined) return undefined;
  return start + Math.min(place.offset, Math.max(0, (blockLengths[place.block] ?? 0) - 1));
}
