/** A half-open range [start, end) of character offsets into a string. */
export interface TextRange {
  start: number;
  end: number;
}

/** The range with white space at either end removed (empty when the range holds only white space). */
export function trimRange(text: string, range: TextRange): TextRange {
  let { start, end } = range;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

/**
 * Orders strings by UTF-16 code units: locale-independent, so sorted output (index files, exports) is the same
 * bytes on every machine.
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
