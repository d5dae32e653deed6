/** A half-open range [start, end) of character offsets into a string. */
export interface TextRange {
  start: number;
  end: number;
}
