import type { AirgapDatabase, ZimIndexRecord, ZimRecord } from './database';

/** Whether a stored record reads as a ZIM library: a damaged one is left where it is and not shown. */
export function isZimRecord(raw: unknown): raw is ZimRecord {
  if (typeof raw !== 'object' || raw === null) return false;
  const r = raw as Record<string, unknown>;
  const optional = (key: string): boolean => r[key] === undefined || typeof r[key] === 'string';
  return (
    typeof r.uuid === 'string' &&
    /^[0-9a-f]{32}$/.test(r.uuid) &&
    typeof r.fileName === 'string' &&
    typeof r.title === 'string' &&
    typeof r.size === 'number' &&
    typeof r.articleCount === 'number' &&
    typeof r.addedAt === 'number' &&
    ['description', 'language', 'creator', 'date', 'mainPage', 'illustration'].every(optional) &&
    (r.illustration === undefined || String(r.illustration).startsWith('data:image/'))
  );
}

/** Every ZIM library the user added, oldest first, and how many stored records could not be read. */
export async function loadZims(db: AirgapDatabase): Promise<{ zims: ZimRecord[]; unreadable: number }> {
  // Read whole, not through the addedAt index: a record missing that field would be left out of the index's
  // answer, and then neither shown nor counted as set aside.
  const rows: unknown[] = await db.zims.toArray();
  const zims = rows.filter(isZimRecord).sort((a, b) => a.addedAt - b.addedAt);
  return { zims, unreadable: rows.length - zims.length };
}

/** Whether a stored record reads as a library's search segment (its bytes are checked again when opened). */
function isZimIndexRecord(raw: unknown): raw is ZimIndexRecord {
  if (typeof raw !== 'object' || raw === null) return false;
  const r = raw as Record<string, unknown>;
  return (
    typeof r.uuid === 'string' &&
    /^[0-9a-f]{32}$/.test(r.uuid) &&
    r.index instanceof Uint8Array &&
    r.positions instanceof Uint8Array &&
    typeof r.articles === 'number' &&
    typeof r.skipped === 'number' &&
    typeof r.builtAt === 'number'
  );
}

/** Every library's stored search segment that reads back; a damaged one is left out (and rebuilt on next open). */
export async function loadZimIndexes(db: AirgapDatabase): Promise<ZimIndexRecord[]> {
  const rows: unknown[] = await db.zimIndexes.toArray();
  return rows.filter(isZimIndexRecord);
}

/** A library's search state without its bytes: how many pages are searchable, or undefined if not indexed. */
export async function zimIndexSummary(
  db: AirgapDatabase,
  uuid: string,
): Promise<{ articles: number; skipped: number; builtAt: number } | undefined> {
  const raw: unknown = await db.zimIndexes.get(uuid);
  if (!isZimIndexRecord(raw)) return undefined;
  return { articles: raw.articles, skipped: raw.skipped, builtAt: raw.builtAt };
}
