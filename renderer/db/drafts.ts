import { HIGHLIGHT_COLORS, type HighlightColor } from '../../archive/core/annotations/annotation';
import { readAnnotationRecord } from '../../archive/core/annotations/annotation-record';
import type { AirgapDatabase, NoteDraft } from './database';

export type { NoteDraft } from './database';

// Each keystroke is first written to localStorage, which is synchronous, so a reload a millisecond later still
// finds it; IndexedDB, which is asynchronous, gets the latest draft of each note as soon as it can. Reading
// takes the newer of the two.
const JOURNAL_PREFIX = 'airgap.draft.';
const inFlight = new Map<string, Promise<void>>();
const latest = new Map<string, NoteDraft | null>();

/** Keeps what is being typed; called on every change. Resolves once the latest draft is in IndexedDB. */
export function keepDraft(db: AirgapDatabase, draft: NoteDraft): Promise<void> {
  try {
    localStorage.setItem(JOURNAL_PREFIX + draft.annotationId, JSON.stringify(draft));
  } catch {
    // Storage full or unavailable: IndexedDB below still gets the draft.
  }
  latest.set(draft.annotationId, draft);
  return flush(db, draft.annotationId);
}

/** Forgets a draft: after its note was saved, or when the user discards it. */
export async function discardDraft(db: AirgapDatabase, annotationId: string): Promise<void> {
  try {
    localStorage.removeItem(JOURNAL_PREFIX + annotationId);
  } catch {
    // No journal here (storage disabled): there is nothing in it to remove.
  }
  latest.set(annotationId, null);
  await flush(db, annotationId);
}

// Writes the latest state of one note's draft; writes never overlap, and intermediate states are skipped.
function flush(db: AirgapDatabase, annotationId: string): Promise<void> {
  const running = inFlight.get(annotationId);
  if (running !== undefined) return running.then(() => flush(db, annotationId));
  if (!latest.has(annotationId)) return Promise.resolve();
  const next = latest.get(annotationId)!;
  latest.delete(annotationId);
  const write = (
    next === null ? db.drafts.delete(annotationId) : db.drafts.put(next).then(() => undefined)
  ).finally(() => inFlight.delete(annotationId));
  inFlight.set(annotationId, write);
  return write;
}

/** The readable drafts of one article's highlights, newest first; a damaged draft is skipped, not deleted. */
export async function draftsForArticle(db: AirgapDatabase, articleId: string): Promise<NoteDraft[]> {
  const rows: unknown[] = await db.drafts.where('articleId').equals(articleId).toArray();
  const newest = new Map<string, NoteDraft>();
  for (const draft of [...rows, ...journal()].map(readDraft)) {
    if (draft === undefined || draft.articleId !== articleId) continue;
    const known = newest.get(draft.annotationId);
    if (known === undefined || draft.updatedAt > known.updatedAt) newest.set(draft.annotationId, draft);
  }
  return [...newest.values()].sort((a, b) =>
    a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0,
  );
}

function journal(): unknown[] {
  const entries: unknown[] = [];
  let keys: string[];
  try {
    keys = Object.keys(localStorage).filter((key) => key.startsWith(JOURNAL_PREFIX));
  } catch {
    return entries;
  }
  for (const key of keys) {
    try {
      entries.push(JSON.parse(localStorage.getItem(key) ?? 'null'));
    } catch {
      // An unreadable entry is left where it is; IndexedDB's copy of that draft is still read.
    }
  }
  return entries;
}

function readDraft(raw: unknown): NoteDraft | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  const base = readAnnotationRecord(r.base);
  if (
    !base.ok ||
    r.annotationId !== base.annotation.id ||
    typeof r.articleId !== 'string' ||
    !HIGHLIGHT_COLORS.includes(r.color as HighlightColor) ||
    typeof r.note !== 'string' ||
    typeof r.tags !== 'string' ||
    typeof r.updatedAt !== 'string'
  ) {
    return undefined;
  }
  return {
    annotationId: base.annotation.id,
    articleId: r.articleId,
    base: base.annotation,
    color: r.color as HighlightColor,
    note: r.note,
    tags: r.tags,
    updatedAt: r.updatedAt,
  };
}
