import type { PassageSelectors } from './annotation';
import type { TextRange } from './text-range';

/** How many characters of context either side of a passage are stored, as in W3C TextQuoteSelector practice. */
export const CONTEXT_LENGTH = 32;

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
 * Finds the passage described by `selectors` in `text`, which may have changed since they were made: the best
 * exact occurrence of the quote by surrounding context, then by closeness to the old position; null when the
 * quote no longer occurs.
 */
export function anchorPassage(text: string, selectors: PassageSelectors): TextRange | null {
  const { exact, prefix, suffix } = selectors.quote;
  if (exact.length === 0) return null;
  const hint = finiteOr(selectors.position.start, 0);
  let best: { range: TextRange; context: number; distance: number } | null = null;
  // A fuzzy candidate finder (edit-distance search, as hypothesis does) can later feed this same ranking
  // when no exact occurrence is left.
  for (const range of exactOccurrences(text, exact)) {
    const context = contextScore(text, range, prefix, suffix);
    const distance = Math.abs(range.start - hint);
    if (best === null || context > best.context || (context === best.context && distance < best.distance)) {
      best = { range, context, distance };
    }
  }
  return best?.range ?? null;
}

function* exactOccurrences(text: string, exact: string): Generator<TextRange> {
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    yield { start: at, end: at + exact.length };
  }
}

// Counts matching context characters outward from the passage, so the nearest context weighs most and a
// change far from the passage costs little.
function contextScore(text: string, range: TextRange, prefix: string, suffix: string): number {
  let before = 0;
  while (
    before < prefix.length &&
    before < range.start &&
    text[range.start - 1 - before] === prefix[prefix.length - 1 - before]
  ) {
    before++;
  }
  let after = 0;
  while (
    after < suffix.length &&
    range.end + after < text.length &&
    text[range.end + after] === suffix[after]
  ) {
    after++;
  }
  return before + after;
}

// Selectors come from storage and imported files, so the old position may be missing or nonsense.
function finiteOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}
