import { inReadingOrder, type Annotation } from '../../archive/core/annotations/annotation';
import { readAnnotationRecords, type SetAsideRecord } from '../../archive/core/annotations/annotation-record';
import type { AirgapDatabase } from './database';

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

/** How many readable highlights are on pages of one Kiwix library (by its UUID). */
export async function countLibraryAnnotations(db: AirgapDatabase, uuid: string): Promise<number> {
  const rows: unknown[] = await db.annotations.where('articleId').startsWith(`zim:${uuid}/`).toArray();
  return readAnnotationRecords(rows).annotations.length;
}
