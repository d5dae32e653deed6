import { trimRange, type TextRange } from '../articles/text-range';

/** A short excerpt of an article body around its best matches, ready to render with highlights. */
export interface Snippet {
  /** The excerpt, copied verbatim from the body (block separators included; render with collapsed spaces). */
  text: string;
  /** Matches inside the excerpt, as offsets into `text`, sorted and not overlapping. */
  highlights: TextRange[];
  /** Offset of `text` in the body, so a click on the snippet can scroll the reader there. */
  start: number;
  /** Whether body text precedes the excerpt (show an ellipsis). */
  startsMidText: boolean;
  /** Whether body text follows the excerpt (show an ellipsis). */
  endsMidText: boolean;
}

/** Default snippet length in characters. */
const SNIPPET_LENGTH = 200;

/** Sorts ranges, drops empty ones and merges those that overlap or touch, clipped to [0, length). */
export function normalizeRanges(ranges: readonly TextRange[], length = Infinity): TextRange[] {
  const clipped = ranges
    .map((r) => ({ start: Math.max(0, r.start), end: Math.min(length, r.end) }))
    .filter((r) => Number.isFinite(r.start) && r.end > r.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const range of clipped) {
    const last = merged.at(-1);
    if (last !== undefined && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/**
 * Picks the window of at most `maxLength` characters that holds the most distinct matched words (then the
 * most matches, then the earliest), widens it evenly with context, snaps it to word boundaries and
 * returns it with the matches as offsets into the snippet; with no matches it is the start of the body.
 */
export function makeSnippet(
  body: string,
  matches: readonly TextRange[],
  maxLength = SNIPPET_LENGTH,
): Snippet {
  const limit = Math.max(1, Math.floor(maxLength));
  // Whitespace at a match's edges has nothing to highlight and would only push the words out of the window;
  // half of a surrogate pair cannot be drawn, so a match holds whole characters.
  const ranges = normalizeRanges(
    normalizeRanges(matches, body.length)
      .map((r) => trimRange(body, r))
      .filter((r) => r.end > r.start)
      .map((r) => ({
        start: r.start - (isLowSurrogate(body, r.start) ? 1 : 0),
        end: r.end + (isLowSurrogate(body, r.end) ? 1 : 0),
      })),
  );
  const [from, to] = ranges.length === 0 ? [0, 0] : bestCluster(body, ranges, limit);
  const first = ranges[from];
  const last = ranges[to];
  let start = 0;
  let end = Math.min(body.length, limit);
  if (first !== undefined && last !== undefined) {
    const coreEnd = Math.min(last.end, first.start + limit);
    const context = Math.floor((limit - (coreEnd - first.start)) / 2);
    start = Math.max(0, Math.min(first.start - context, body.length - limit));
    end = Math.min(body.length, start + limit);
    start = snapStart(body, start, first.start);
    end = Math.max(start, snapEnd(body, end, coreEnd));
  } else {
    end = snapEnd(body, end, 0);
  }
  while (start < end && /\s/.test(body[start] ?? '')) start++;
  while (end > start && /\s/.test(body[end - 1] ?? '')) end--;
  const highlights = normalizeRanges(
    ranges.map((r) => ({ start: r.start - start, end: r.end - start })),
    end - start,
  );
  return {
    text: body.slice(start, end),
    highlights,
    start,
    startsMidText: body.slice(0, start).trim() !== '',
    endsMidText: body.slice(end).trim() !== '',
  };
}

// Two pointers over the sorted matches: for each first match, the furthest match still fitting in the window.
function bestCluster(body: string, ranges: readonly TextRange[], limit: number): [number, number] {
  let best: [number, number] = [0, 0];
  let bestScore = [-1, -1];
  let to = 0;
  for (let from = 0; from < ranges.length; from++) {
    const start = ranges[from]?.start ?? 0;
    to = Math.max(to, from);
    while ((ranges[to + 1]?.end ?? Infinity) - start <= limit) to++;
    const words = new Set(ranges.slice(from, to + 1).map((r) => body.slice(r.start, r.end).toLowerCase()));
    const score = [words.size, to - from + 1];
    if (score[0]! > bestScore[0]! || (score[0] === bestScore[0] && score[1]! > bestScore[1]!)) {
      best = [from, to];
      bestScore = score;
    }
  }
  return best;
}

// Moves the start forward to the next word, but never past the first match it must show.
function snapStart(body: string, start: number, mustShow: number): number {
  if (start === 0 || /\s/.test(body[start - 1] ?? '')) return start;
  const gap = body.slice(start, mustShow).search(/\s/);
  return gap < 0 ? avoidSplitPair(body, start, 1) : start + gap + 1;
}

// Moves the end back to the previous word break, but never before the last match it must show.
function snapEnd(body: string, end: number, mustShow: number): number {
  if (end === body.length || /\s/.test(body[end] ?? '')) return end;
  const gap = body.slice(mustShow, end).search(/\s\S*$/);
  return gap < 0 ? avoidSplitPair(body, end, -1) : mustShow + gap;
}

// A cut between the two halves of a surrogate pair would leave a broken character on screen; moving the cut
// inward keeps the snippet within its length.
function avoidSplitPair(body: string, at: number, inward: 1 | -1): number {
  return isLowSurrogate(body, at) ? at + inward : at;
}

// True when `at` is the second half of a surrogate pair, i.e. a cut there would split a character.
function isLowSurrogate(body: string, at: number): boolean {
  const code = body.charCodeAt(at);
  const before = body.charCodeAt(at - 1);
  return code >= 0xdc00 && code <= 0xdfff && before >= 0xd800 && before <= 0xdbff;
}
