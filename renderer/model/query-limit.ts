import { MAX_QUERY_LENGTH } from '../../archive/core/search/query';

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** The first `length` code units of `text`, one fewer if the cut would split a surrogate pair. */
function cut(text: string, length: number): string {
  if (text.length <= length) return text;
  // Half a pair would show as a replacement mark, and URLSearchParams would store it as one.
  return isHighSurrogate(text.charCodeAt(length - 1)) ? text.slice(0, length - 1) : text.slice(0, length);
}

/**
 * Cuts a query to MAX_QUERY_LENGTH, the longest search there is: longer text is a paste, not a search, and
 * would otherwise be carried in every URL and history entry.
 */
export function capQuery(query: string): string {
  return cut(query, MAX_QUERY_LENGTH);
}

/**
 * The search box's new text after an edit from `before` to `after`, cut to MAX_QUERY_LENGTH the way a
 * text field's maxlength cuts: what was inserted loses its end, and the text around it stays, so typing in
 * the middle of a full box changes nothing instead of eating the last word.
 */
export function capEdit(before: string, after: string): string {
  if (after.length <= MAX_QUERY_LENGTH) return after;
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before[start] === after[start]) start++;
  let end = 0;
  while (end < shorter - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  // The unchanged text around the insertion keeps its surrogate pairs whole.
  if (start > 0 && isHighSurrogate(after.charCodeAt(start - 1))) start--;
  if (end > 0 && isLowSurrogate(after.charCodeAt(after.length - end))) end--;
  const room = MAX_QUERY_LENGTH - start - end;
  // Kept text that is itself over the limit (a long query from elsewhere) can only be cut at the end.
  if (room < 0) return capQuery(after);
  return (
    after.slice(0, start) +
    cut(after.slice(start, after.length - end), room) +
    after.slice(after.length - end)
  );
}
