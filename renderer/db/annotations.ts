import type { Annotation, HighlightColor, PassageSelectors } from '../../archive/core/annotation';
import { HIGHLIGHT_COLORS, inReadingOrder } from '../../archive/core/annotation';
import { readAnnotationRecords, type SetAsideRecord } from '../../archive/core/annotation-record';
import type { AirgapDatabase } from './database';

/** What the reader supplies to create a highlight; ids and timestamps are filled in here. */
export interface NewAnnotation extends PassageSelectors {
  articleId: string;
  color: HighlightColor;
  textHash: string;
  note?: string;
  tags?: string[];
}

/** The fields a user can change on an existing highlight. */
export type AnnotationChanges = Partial<Pick<Annotation, 'color' | 'note' | 'tags'>>;

/** Raised when an annotation is not something the app can store; the message is shown to the user. */
export class AnnotationInputError extends Error {
  override name = 'AnnotationInputError';
}

/** Notes longer than this are refused: they would make exports and the sidebar unusable. */
export const MAX_NOTE_LENGTH = 100_000;

function checkChanges(changes: AnnotationChanges): void {
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

/** Stores a new highlight and returns it as saved. */
export async function addAnnotation(
  db: AirgapDatabase,
  input: NewAnnotation,
  now: Date = new Date(),
): Promise<Annotation> {
  const { note = '', tags = [], ...rest } = input;
  checkChanges({ color: input.color, note, tags });
  if (input.quote.exact === '') throw new AnnotationInputError('select some text to highlight');
  const at = now.toISOString();
  const annotation: Annotation = {
    ...rest,
    id: crypto.randomUUID(),
    note,
    tags,
    createdAt: at,
    updatedAt: at,
  };
  await db.annotations.add(annotation);
  return annotation;
}

/** Applies a user's edit to a highlight; throws if it no longer exists (deleted elsewhere). */
export async function updateAnnotation(
  db: AirgapDatabase,
  id: string,
  changes: AnnotationChanges,
  now: Date = new Date(),
): Promise<void> {
  checkChanges(changes);
  const updated = await db.annotations.update(id, { ...changes, updatedAt: now.toISOString() });
  if (updated === 0) throw new AnnotationInputError('this highlight no longer exists');
}

/** Removes a highlight; removing one that is already gone is not an error. */
export async function deleteAnnotation(db: AirgapDatabase, id: string): Promise<void> {
  await db.annotations.delete(id);
}

/** Re-inserts a deleted highlight exactly as it was, for undo. */
export async function restoreAnnotation(db: AirgapDatabase, annotation: Annotation): Promise<void> {
  await db.annotations.put(annotation);
}

/**
 * One article's readable highlights in reading order (by start offset, then creation time); a damaged record
 * is left out here and listed by setAsideAnnotations, never allowed to hide the others.
 */
export async function annotationsForArticle(db: AirgapDatabase, articleId: string): Promise<Annotation[]> {
  const rows: unknown[] = await db.annotations.where('articleId').equals(articleId).toArray();
  return inReadingOrder(readAnnotationRecords(rows).annotations);
}

/** Every stored record that is not a readable highlight, as found, with why it was set aside. */
export async function setAsideAnnotations(db: AirgapDatabase): Promise<SetAsideRecord[]> {
  const rows: unknown[] = await db.annotations.toArray();
  return readAnnotationRecords(rows).setAside;
}

/** Every readable highlight in the notebook, grouped by article id, each group in reading order. */
export async function annotationsByArticle(db: AirgapDatabase): Promise<Map<string, Annotation[]>> {
  const groups = new Map<string, Annotation[]>();
  const rows: unknown[] = await db.annotations.toArray();
  for (const a of readAnnotationRecords(rows).annotations) {
    const group = groups.get(a.articleId) ?? [];
    group.push(a);
    groups.set(a.articleId, group);
  }
  for (const [id, group] of groups) groups.set(id, inReadingOrder(group));
  return groups;
}
