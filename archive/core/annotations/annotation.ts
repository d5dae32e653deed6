import { compareCodeUnits } from '../articles/text-range';

/** The highlight colours a user can pick, in the order the toolbar shows them. */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple', 'orange'] as const;

/** One of the highlight colours. */
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/** The exact passage plus a little context either side, as W3C Web Annotation's TextQuoteSelector. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** Character offsets of the passage in the article's plain text, as W3C's TextPositionSelector. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** Both selectors for one passage; anchoring uses them together. */
export interface PassageSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** A user's highlight of a passage, with an optional note and tags; stored as selectors, never DOM ranges. */
export interface Annotation extends PassageSelectors {
  id: string;
  articleId: string;
  color: HighlightColor;
  note: string;
  tags: string[];
  /** Hash of the article plain text the selectors were made on, so later text changes can be detected. */
  textHash: string;
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
}

/** Highlights in the order a reader meets them: by start, then end, then creation time and id for ties. */
export function inReadingOrder<T extends Pick<Annotation, 'position' | 'createdAt' | 'id'>>(
  list: readonly T[],
): T[] {
  return [...list].sort(
    (a, b) =>
      a.position.start - b.position.start ||
      a.position.end - b.position.end ||
      compareCodeUnits(a.createdAt, b.createdAt) ||
      compareCodeUnits(a.id, b.id),
  );
}
