import approxSearch from 'approx-string-match';
import type { Annotation, PassageSelectors } from './annotation';
import type { TextRange } from '../articles/text-range';

/** How many characters of context either side of a passage are stored, as in W3C TextQuoteSelector practice. */
const CONTEXT_LENGTH = 32;

/** How a passage was found again: at its stored offsets, as an exact quote, or as an approximate one. */
export type AnchorMethod = 'position' | 'exact' | 'approximate';

/** Where a stored passage is in the current text, how it was found, and how sure that is (0 to 1). */
export interface Anchor {
  range: TextRange;
  method: AnchorMethod;
  score: number;
}

/** At most this share of a quote's characters may differ in an approximate match. */
export const MAX_QUOTE_ERROR_RATE = 0.25;
/**
 * Below this score (the share of the quote's and its context's characters that agree) a candidate is not
 * trusted and the passage becomes an orphan: a note on the wrong passage is worse than a note shown apart.
 * Tuned with `npm run bench:anchoring`.
 */
const MIN_ANCHOR_SCORE = 0.75;
/**
 * Candidates scoring within this of the best are told apart by closeness to the old position: a text that
 * repeats itself (quoted e-mails, boilerplate) holds identical passages, and an edit near the right one must
 * not hand the highlight to an untouched copy elsewhere.
 */
const AMBIGUITY_MARGIN = 0.05;
/** An edited passage is first looked for within this many characters of its old place, or this share of the text. */
const NEARBY_CHARACTERS = 1_000;
const NEARBY_SHARE = 0.1;
/** The old place's immediate surroundings (characters either side), each searched apart from the next. */
const CLOSE_RADII = [64, 256];

/** A stored passage to find again: its selectors, and the hash of the text they were made on, if known. */
export interface AnchorTarget extends PassageSelectors {
  textHash?: string;
}

/** Describes the passage [start, end) of `text` as quote and position selectors for storage and re-anchoring. */
export function describePassage(text: string, start: number, end: number): PassageSelectors {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`cannot describe passage [${start}, ${end}) of a ${text.length}-character text`);
  }
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/**
 * Finds a stored passage in `text`, which may have changed since: the stored offsets when the text is the one
 * they were made on (`textHash` equal to the target's) and still hold the quote; else the best exact occurrence
 * of the quote; else the best approximate one. Candidates are scored by how many characters of the quote and
 * its context agree, near-ties go to the one nearest the old position, and none scoring MIN_ANCHOR_SCORE gives
 * null, an orphan.
 */
export function anchor(text: string, target: AnchorTarget, textHash?: string): Anchor | null {
  const { exact } = target.quote;
  if (exact.length === 0) return null;
  const hint = finiteOr(target.position.start, 0);
  const { start, end } = target.position;
  if (
    textHash !== undefined &&
    target.textHash === textHash &&
    Number.isSafeInteger(start) &&
    start >= 0 &&
    end === start + exact.length &&
    text.slice(start, end) === exact
  ) {
    // Offsets must span the quote exactly: slice clamps an end past the text, so ")" at 0..2 of ")" held it.
    return { range: { start, end }, method: 'position', score: 1 };
  }
  const scored = (range: TextRange, errors: number, method: AnchorMethod): Anchor => ({
    range,
    method,
    score: weigh(text, range, errors, target),
  });
  const maxErrors = Math.floor(exact.length * MAX_QUOTE_ERROR_RATE);
  const approximateIn = (from: number, to: number): Anchor[] =>
    maxErrors === 0
      ? []
      : approxSearch(text.slice(from, to), exact, maxErrors)
          .filter((m) => m.errors > 0)
          .map((m) => scored({ start: from + m.start, end: from + m.end }, m.errors, 'approximate'));
  // Exact copies anywhere, and the closest approximate match near the old place: an edited passage must be able
  // to win over an untouched copy of it elsewhere (AMBIGUITY_MARGIN).
  const near = Math.max(NEARBY_CHARACTERS, Math.round(text.length * NEARBY_SHARE));
  const exactMatches = [...exactOccurrences(text, exact)].map((range) => scored(range, 0, 'exact'));
  // Widening circles around the old place: its immediate surroundings, the nearby text, then the whole text. A
  // trusted match in a nearer circle wins, so a less edited copy of the passage elsewhere (quoted e-mails,
  // repeated notices) cannot take its highlight; and approximate search returns only a range's lowest-error
  // matches, so each circle is searched on its own.
  const circle = (radius: number): Anchor | null => {
    const a = Math.max(0, hint - radius);
    const b = Math.min(text.length, hint + exact.length + radius);
    const exacts = exactMatches.filter((c) => c.range.start >= a && c.range.end <= b);
    return best([...exacts, ...approximateIn(a, b)], hint);
  };
  return (
    CLOSE_RADII.reduce<Anchor | null>((found, radius) => found ?? circle(radius), null) ??
    circle(near) ??
    best(exactMatches, hint) ??
    best(approximateIn(0, text.length), hint)
  );
}

/** Finds a stored passage in `text` (see `anchor`) and returns only its range; null for an orphan. */
export function anchorPassage(text: string, target: AnchorTarget, textHash?: string): TextRange | null {
  return anchor(text, target, textHash)?.range ?? null;
}

// The trusted candidate: among those scoring within AMBIGUITY_MARGIN of the best, the nearest the old position;
// null when even the best is under MIN_ANCHOR_SCORE.
function best(candidates: readonly Anchor[], hint: number): Anchor | null {
  let top = -Infinity;
  for (const c of candidates) top = Math.max(top, c.score);
  if (top < MIN_ANCHOR_SCORE) return null;
  let chosen: Anchor | null = null;
  for (const c of candidates) {
    if (c.score < top - AMBIGUITY_MARGIN || c.score < MIN_ANCHOR_SCORE) continue;
    const nearer = chosen === null || Math.abs(c.range.start - hint) < Math.abs(chosen.range.start - hint);
    if (nearer) chosen = c;
  }
  return chosen;
}

// The evidence for a candidate, from 0 to 1: the share of characters that agree across the quote and the text
// either side of it (context matched approximately, so an edit beside the passage costs a character, not the
// whole context). Counting characters, not parts, lets a short quote lean on its context.
function weigh(text: string, range: TextRange, errors: number, target: AnchorTarget): number {
  const { exact, prefix, suffix } = target.quote;
  const before = contextErrors(text.slice(Math.max(0, range.start - prefix.length), range.start), prefix);
  const after = contextErrors(text.slice(range.end, range.end + suffix.length), suffix);
  const total = exact.length + prefix.length + suffix.length;
  return 1 - (errors + before + after) / total;
}

// Differences between the stored context and the text where it should be; none when nothing was stored (the
// passage was at the start or end of the text).
function contextErrors(window: string, context: string): number {
  if (context.length === 0) return 0;
  if (window.length === 0) return context.length;
  const matches = approxSearch(window, context, context.length);
  return matches.length === 0 ? context.length : Math.min(...matches.map((m) => m.errors));
}

function* exactOccurrences(text: string, exact: string): Generator<TextRange> {
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    yield { start: at, end: at + exact.length };
  }
}

// Selectors come from storage and imported files, so the old position may be missing or nonsense.
function finiteOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** A stored highlight and where it anchors in the current text (null when its passage is gone: an orphan). */
export interface PlacedAnnotation {
  annotation: Annotation;
  range: TextRange | null;
}
