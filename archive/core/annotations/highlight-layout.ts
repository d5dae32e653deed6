import type { HighlightColor } from './annotation';

/** A range to paint in the reader, in plain-text offsets: a user highlight, a search hit or a find-in-page hit. */
export interface Mark {
  start: number;
  end: number;
  kind: 'annotation' | 'search' | 'find';
  id: string;
  color?: HighlightColor;
  /** For a user highlight: when it was made (ISO), so the newest of equally long overlapping ones is on top. */
  createdAt?: string;
}

/** A run of block text whose characters are all covered by the same marks. */
export interface Segment {
  /** Plain-text offset of the segment's first character. */
  start: number;
  text: string;
  /** The marks covering the whole segment, in the order they were given. */
  marks: Mark[];
}

/**
 * Splits a block starting at plain-text offset `blockStart` into consecutive segments, each with a constant set
 * of covering marks, so overlapping highlights can be painted as nested or stacked spans.
 */
export function layoutBlock(
  blockStart: number,
  blockText: string,
  marks: readonly Mark[],
  /** Further offsets where a segment must end (where a style or link starts or stops). */
  extraCuts: readonly number[] = [],
): Segment[] {
  const blockEnd = blockStart + blockText.length;
  // Marks often span several blocks or none of this one; only non-empty overlaps can colour a character.
  const relevant = marks.filter((m) => m.start < m.end && m.start < blockEnd && m.end > blockStart);
  const cuts = new Set<number>([blockStart, blockEnd]);
  for (const cut of extraCuts) if (cut > blockStart && cut < blockEnd) cuts.add(cut);
  for (const mark of relevant) {
    if (mark.start > blockStart) cuts.add(mark.start);
    if (mark.end < blockEnd) cuts.add(mark.end);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    segments.push({
      start,
      text: blockText.slice(start - blockStart, end - blockStart),
      marks: relevant.filter((m) => m.start <= start && m.end >= end),
    });
  }
  return segments;
}

/**
 * The user highlight painted on top where several cover the same text: the innermost (shortest), then the
 * newest, then by id, so the order is the same whatever order they were loaded in (before and after a reload)
 * and a highlight inside a longer one is never hidden by it.
 */
export function topHighlight(marks: readonly Mark[]): Mark | undefined {
  let top: Mark | undefined;
  for (const mark of marks) {
    if (mark.kind !== 'annotation') continue;
    if (top === undefined || above(mark, top)) top = mark;
  }
  return top;
}

function above(a: Mark, b: Mark): boolean {
  const byLength = a.end - a.start - (b.end - b.start);
  if (byLength !== 0) return byLength < 0;
  const at = a.createdAt ?? '';
  const bt = b.createdAt ?? '';
  if (at !== bt) return at > bt;
  return a.id > b.id;
}
