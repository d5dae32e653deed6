import { Dexie } from 'dexie';
import {
  ZIM_PART_LANGUAGE,
  ZIM_PART_SUMMARY,
  type AirgapDatabase,
  type ZimPartRecord,
  type ZimRecord,
} from './database';
import { searchLanguageOf } from '../../archive/core/search/language-tags';

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
    ['name', 'description', 'language', 'creator', 'date', 'mainPage', 'illustration'].every(optional) &&
    (r.hidden === undefined || typeof r.hidden === 'boolean') &&
    (r.rank === undefined || Number.isSafeInteger(r.rank)) &&
    (r.illustration === undefined || String(r.illustration).startsWith('data:image/'))
  );
}

/**
 * Every ZIM library the user added, in the user's order (libraries never moved after, oldest first), and how many
 * stored records could not be read.
 */
export async function loadZims(db: AirgapDatabase): Promise<{ zims: ZimRecord[]; unreadable: number }> {
  // Read whole, not through the addedAt index: a record missing that field would be left out of the index's
  // answer, and then neither shown nor counted as set aside.
  const rows: unknown[] = await db.zims.toArray();
  const zims = rows.filter(isZimRecord).sort(libraryOrder);
  return { zims, unreadable: rows.length - zims.length };
}

/** The user's order of libraries: ranked ones by rank, then the others oldest first. */
export function libraryOrder(a: ZimRecord, b: ZimRecord): number {
  const rankOf = (z: ZimRecord) => z.rank ?? Number.MAX_SAFE_INTEGER;
  return rankOf(a) - rankOf(b) || a.addedAt - b.addedAt || (a.uuid < b.uuid ? -1 : 1);
}

/**
 * The libraries whose rank changes when one moves `offset` places in the order (clamped at the ends), each with
 * its new rank: every library gets the rank of its new place, so the order is total from then on.
 */
export function movedLibraries(zims: readonly ZimRecord[], uuid: string, offset: number): ZimRecord[] {
  const order = [...zims].sort(libraryOrder);
  const from = order.findIndex((z) => z.uuid === uuid);
  if (from < 0) return [];
  const to = Math.max(0, Math.min(order.length - 1, from + Math.trunc(offset)));
  const [moved] = order.splice(from, 1);
  order.splice(to, 0, moved!);
  return order.flatMap((z, rank) => (z.rank === rank ? [] : [{ ...z, rank }]));
}

const isBytes = (v: unknown): boolean => v instanceof Uint8Array || v instanceof Blob;

/** Whether a stored record reads as a part of a library's index (its bytes are checked again when opened). */
function isZimPartRecord(raw: unknown): raw is ZimPartRecord {
  if (typeof raw !== 'object' || raw === null) return false;
  const r = raw as Record<string, unknown>;
  const count = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0;
  return (
    typeof r.uuid === 'string' &&
    /^[0-9a-f]{32}$/.test(r.uuid) &&
    count(r.part) &&
    count(r.parts) &&
    (r.part as number) < (r.parts as number) &&
    count(r.totalPages) &&
    isBytes(r.index) &&
    isBytes(r.positions) &&
    count(r.articles) &&
    count(r.skipped) &&
    typeof r.builtAt === 'number' &&
    (r.language === undefined || typeof r.language === 'string')
  );
}

/** A stored part without its bytes: which part, when it was built, and its counts. */
export interface ZimPartSummary {
  uuid: string;
  part: number;
  parts: number;
  totalPages: number;
  articles: number;
  skipped: number;
  builtAt: number;
}

/** Every stored part's summary, read from an index without the parts' bytes; `uuid` narrows to one library. */
export async function zimPartSummaries(db: AirgapDatabase, uuid?: string): Promise<ZimPartSummary[]> {
  const index = db.zimParts.where(ZIM_PART_SUMMARY);
  const keys = (await (
    uuid === undefined ? index.above(['']) : index.between([uuid, Dexie.minKey], [uuid, Dexie.maxKey])
  ).keys()) as unknown as unknown[][];
  return keys.flatMap((key) => {
    const [id, part, parts, totalPages, articles, skipped, builtAt] = key as [string, ...number[]];
    const summary = { uuid: id, part, parts, totalPages, articles, skipped, builtAt } as ZimPartSummary;
    return Object.values(summary).every((v) => v !== undefined) ? [summary] : [];
  });
}

/**
 * The keys of a library's stored parts that belong to another split of its pages than `part`'s, or are damaged
 * (in no summary), found from keys only: reading the stored parts (megabytes each) to compare two numbers had
 * held the page's main thread for 60-100 ms per part saved, more with each part.
 */
export async function partsOfOtherSplits(
  db: AirgapDatabase,
  part: Pick<ZimPartSummary, 'uuid' | 'parts' | 'totalPages'>,
): Promise<[string, number][]> {
  const [stored, summaries] = await Promise.all([
    db.zimParts.where('uuid').equals(part.uuid).primaryKeys(),
    zimPartSummaries(db, part.uuid),
  ]);
  const sameSplit = new Set(
    summaries.filter((p) => p.parts === part.parts && p.totalPages === part.totalPages).map((p) => p.part),
  );
  return stored.filter(([, n]) => !sameSplit.has(n));
}

/** One stored part with its bytes, if it reads back; a damaged one is left out (and rebuilt on next open). */
export async function loadZimPart(
  db: AirgapDatabase,
  uuid: string,
  part: number,
): Promise<(ZimPartRecord & { index: Uint8Array; positions: Uint8Array }) | undefined> {
  const raw: unknown = await db.zimParts.get([uuid, part]);
  if (!isZimPartRecord(raw)) return undefined;
  const bytes = async (v: Uint8Array | Blob): Promise<Uint8Array> =>
    v instanceof Blob ? new Uint8Array(await v.arrayBuffer()) : v;
  try {
    return { ...raw, index: await bytes(raw.index), positions: await bytes(raw.positions) };
  } catch {
    return undefined; // A Blob whose file is gone: the part is rebuilt on the next open.
  }
}

/** How far a library's index has come: the parts stored of how many, and the pages they hold. */
export interface ZimIndexSummary {
  /** The parts built, by number (a later run builds the others). */
  built: number[];
  parts: number;
  totalPages: number;
  articles: number;
  skipped: number;
}

/** A library's index state without its bytes; undefined if no part is stored. */
export async function zimIndexSummary(
  db: AirgapDatabase,
  uuid: string,
): Promise<ZimIndexSummary | undefined> {
  const [all, languages, record] = await Promise.all([
    zimPartSummaries(db, uuid),
    partLanguages(db, uuid),
    db.zims.get(uuid) as Promise<unknown>,
  ]);
  // A part analysed in another language than its file's (built before languages, or before a fix) is not built:
  // it stays searchable until its part is built again, and then replaced.
  const wanted = searchLanguageOf(isZimRecord(record) ? record.language : undefined);
  const parts = all.filter((p) => (languages.get(p.part) ?? 'en') === wanted);
  const latest = parts.reduce<ZimPartSummary | undefined>(
    (a, p) => (!a || p.builtAt > a.builtAt ? p : a),
    undefined,
  );
  if (latest === undefined) return undefined;
  // Parts of an earlier, different split of the pages (none today) would not add up: the newest split counts.
  const same = parts.filter((p) => p.parts === latest.parts && p.totalPages === latest.totalPages);
  return {
    built: same.map((p) => p.part).sort((a, b) => a - b),
    parts: latest.parts,
    totalPages: latest.totalPages,
    articles: same.reduce((n, p) => n + p.articles, 0),
    skipped: same.reduce((n, p) => n + p.skipped, 0),
  };
}

/** The language each stored part of a library was analysed in, by part; parts built before languages are absent. */
async function partLanguages(db: AirgapDatabase, uuid: string): Promise<Map<number, string>> {
  const keys = (await db.zimParts
    .where(ZIM_PART_LANGUAGE)
    .between([uuid, -Infinity, ''], [uuid, Infinity, '\uffff'], true, true)
    .keys()) as unknown as unknown[][];
  return new Map(
    keys.flatMap((key) =>
      typeof key[1] === 'number' && typeof key[2] === 'string' ? [[key[1], key[2]] as const] : [],
    ),
  );
}
