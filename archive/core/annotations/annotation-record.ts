import { HIGHLIGHT_COLORS, type Annotation, type HighlightColor } from './annotation';

/** A stored record that is not an annotation the app can show, kept as it was found so nothing is lost. */
export interface SetAsideRecord {
  /** The record's id when it has a usable one, so it can be exported, deleted or repaired by hand. */
  id: string | undefined;
  /** What is wrong with it, in plain words. */
  reason: string;
  /** The record exactly as stored. */
  raw: unknown;
}

/** What reading one stored record gave: an annotation, or a record set aside with the reason. */
export type RecordCheck = { ok: true; annotation: Annotation } | { ok: false; setAside: SetAsideRecord };

/** What reading many stored records gave: the annotations, and the records set aside. */
export interface ReadRecords {
  annotations: Annotation[];
  setAside: SetAsideRecord[];
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

// Hand-written rather than a schema library: the rules are few, each failure needs its own plain sentence, and
// this runs on every record read, where a failure must never throw.
function problemWith(record: Record<string, unknown>): string | undefined {
  const { id, articleId, color, note, tags, textHash, createdAt, updatedAt, quote, position } = record;
  if (typeof id !== 'string' || id === '') return 'it has no id';
  if (typeof articleId !== 'string' || articleId === '') return 'it does not say which article it belongs to';
  if (typeof color !== 'string' || !HIGHLIGHT_COLORS.includes(color as HighlightColor)) {
    return `its colour "${String(color)}" is not one the app knows`;
  }
  if (typeof note !== 'string') return 'its note is not text';
  if (!Array.isArray(tags) || tags.some((t) => typeof t !== 'string'))
    return 'its tags are not a list of words';
  if (typeof textHash !== 'string') return 'it has no fingerprint of the article text';
  if (typeof createdAt !== 'string' || !ISO_TIME.test(createdAt)) return 'its creation time is not a date';
  if (typeof updatedAt !== 'string' || !ISO_TIME.test(updatedAt)) return 'its change time is not a date';
  if (!isObject(quote) || quote.type !== 'TextQuoteSelector') return 'it has no quoted passage';
  if (typeof quote.exact !== 'string' || quote.exact === '') return 'its quoted passage is empty';
  if (typeof quote.prefix !== 'string' || typeof quote.suffix !== 'string') {
    return 'the text around its passage is missing';
  }
  if (!isObject(position) || position.type !== 'TextPositionSelector')
    return 'it has no position in the text';
  const { start, end } = position;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || (start as number) < 0) {
    return 'its position in the text is not a pair of offsets';
  }
  if ((end as number) <= (start as number)) return 'its position in the text is empty';
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks one record read from storage (or a backup): an annotation with exactly the known fields, copied so
 * later edits never touch the stored object, or the record set aside with the reason. Never throws.
 */
export function readAnnotationRecord(raw: unknown): RecordCheck {
  try {
    if (!isObject(raw)) return { ok: false, setAside: { id: undefined, reason: 'it is not a record', raw } };
    const reason = problemWith(raw);
    const id = typeof raw.id === 'string' && raw.id !== '' ? raw.id : undefined;
    if (reason !== undefined) return { ok: false, setAside: { id, reason, raw } };
    const r = raw as unknown as Annotation;
    const annotation: Annotation = {
      id: r.id,
      articleId: r.articleId,
      color: r.color,
      note: r.note,
      tags: [...r.tags],
      textHash: r.textHash,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      quote: {
        type: 'TextQuoteSelector',
        exact: r.quote.exact,
        prefix: r.quote.prefix,
        suffix: r.quote.suffix,
      },
      position: { type: 'TextPositionSelector', start: r.position.start, end: r.position.end },
    };
    return { ok: true, annotation };
  } catch {
    // A getter or proxy that throws (only possible for records not made by IndexedDB's structured clone).
    return { ok: false, setAside: { id: undefined, reason: 'it could not be read', raw } };
  }
}

/** Reads many stored records: every readable annotation, and every other record set aside, in input order. */
export function readAnnotationRecords(raws: readonly unknown[]): ReadRecords {
  const result: ReadRecords = { annotations: [], setAside: [] };
  for (const raw of raws) {
    const check = readAnnotationRecord(raw);
    if (check.ok) result.annotations.push(check.annotation);
    else result.setAside.push(check.setAside);
  }
  return result;
}
