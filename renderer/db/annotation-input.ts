import {
  HIGHLIGHT_COLORS,
  type Annotation,
  type HighlightColor,
  type PassageSelectors,
} from '../../archive/core/annotations/annotation';
import type { AnnotationChanges } from '../../archive/core/annotations/annotation-merge';

/** What the reader supplies to create a highlight; ids and timestamps are filled in here. */
export interface NewAnnotation extends PassageSelectors {
  articleId: string;
  color: HighlightColor;
  textHash: string;
  note?: string;
  tags?: string[];
}

/** Raised when an annotation is not something the app can store; the message is shown to the user. */
export class AnnotationInputError extends Error {
  override name = 'AnnotationInputError';
}

/** Notes longer than this are refused: they would make exports and the sidebar unusable. */
const MAX_NOTE_LENGTH = 100_000;

/** Throws AnnotationInputError, in words a user can act on, for changes the app cannot store. */
export function checkChanges(changes: AnnotationChanges): void {
  if (changes.color !== undefined && !HIGHLIGHT_COLORS.includes(changes.color)) {
    throw new AnnotationInputError(`unknown highlight colour "${String(changes.color)}"`);
  }
  if (changes.note !== undefined && changes.note.length > MAX_NOTE_LENGTH) {
    throw new AnnotationInputError(
      `a note can be at most ${MAX_NOTE_LENGTH.toLocaleString('en')} characters`,
    );
  }
  if (changes.tags !== undefined && changes.tags.some((t) => typeof t !== 'string' || t === '')) {
    throw new AnnotationInputError('tags must be non-empty words');
  }
}

/** A new highlight from what the reader supplied, with a fresh id and equal timestamps; throws on bad input. */
export function newAnnotation(input: NewAnnotation, now: Date): Annotation {
  const { note = '', tags = [], ...rest } = input;
  checkChanges({ color: input.color, note, tags });
  if (input.quote.exact === '') throw new AnnotationInputError('select some text to highlight');
  const at = now.toISOString();
  return { ...rest, id: crypto.randomUUID(), note, tags: [...tags], createdAt: at, updatedAt: at };
}
