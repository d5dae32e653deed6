import type { Annotation } from './annotation';
import { readAnnotationRecord } from './annotation-record';
import { sameContent } from './annotation-merge';

// A backup is a W3C Web Annotation collection (JSON-LD), so other annotation tools can read it; what the model
// has no term for (the highlight colour, the hash of the text the selectors were made on) is kept under an
// "airgap:" namespace, so nothing is lost on the way back in.

/** The namespace of Airgap's own terms in a backup. */
const AIRGAP_NAMESPACE = 'https://airgap.app/ns/annotation#';
const CONTEXT = ['http://www.w3.org/ns/anno.jsonld', { airgap: AIRGAP_NAMESPACE }];
const ID_PREFIX = 'urn:uuid:';
const ARTICLE_PREFIX = 'urn:airgap:article:';

/** Writes annotations as one W3C Web Annotation collection, ready for JSON.stringify. */
export function toWebAnnotations(
  annotations: readonly Annotation[],
  exportedAt: Date,
): Record<string, unknown> {
  return {
    '@context': CONTEXT,
    type: 'AnnotationCollection',
    label: 'Airgap notes backup',
    generated: exportedAt.toISOString(),
    total: annotations.length,
    items: annotations.map((a) => ({
      id: `${ID_PREFIX}${a.id}`,
      type: 'Annotation',
      created: a.createdAt,
      modified: a.updatedAt,
      body: [
        ...(a.note === ''
          ? []
          : [{ type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/markdown' }]),
        ...a.tags.map((tag) => ({ type: 'TextualBody', purpose: 'tagging', value: tag })),
      ],
      target: {
        source: `${ARTICLE_PREFIX}${a.articleId}`,
        selector: [{ ...a.quote }, { ...a.position }],
      },
      'airgap:color': a.color,
      'airgap:textHash': a.textHash,
    })),
  };
}

/** What reading a backup gave: the annotations it holds, and the items refused with why. */
export type BackupRead =
  | { ok: true; annotations: Annotation[]; refused: { item: number; reason: string }[] }
  | { ok: false; message: string };

/**
 * Reads a backup written by toWebAnnotations (from parsed JSON): each item becomes an annotation, checked as a
 * stored record is, or is refused with a reason. A file that is not an Airgap backup is refused as a whole.
 */
export function fromWebAnnotations(json: unknown): BackupRead {
  const collection = json as { type?: unknown; items?: unknown } | null;
  if (typeof collection !== 'object' || collection === null || collection.type !== 'AnnotationCollection') {
    return {
      ok: false,
      message: 'This file is not an Airgap notes backup (no Web Annotation collection in it).',
    };
  }
  if (!Array.isArray(collection.items))
    return { ok: false, message: 'This backup has no list of annotations.' };
  const annotations: Annotation[] = [];
  const refused: { item: number; reason: string }[] = [];
  collection.items.forEach((raw: unknown, item) => {
    const check = readAnnotationRecord(recordOf(raw));
    if (check.ok) annotations.push(check.annotation);
    else refused.push({ item, reason: check.setAside.reason });
  });
  return { ok: true, annotations, refused };
}

// The stored-record shape of one item, or undefined fields where the item lacks them (readAnnotationRecord
// then says what is missing). Never throws on any JSON.
function recordOf(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null) return raw;
  const item = raw as Record<string, unknown>;
  const bodies = Array.isArray(item.body) ? (item.body as unknown[]) : [];
  const target = (typeof item.target === 'object' && item.target !== null ? item.target : {}) as Record<
    string,
    unknown
  >;
  const selectors = Array.isArray(target.selector) ? (target.selector as unknown[]) : [];
  const byType = (type: string) =>
    selectors.find((s) => typeof s === 'object' && s !== null && (s as { type?: unknown }).type === type);
  const textOf = (purpose: string) =>
    bodies
      .filter((b): b is { purpose: unknown; value: unknown } => typeof b === 'object' && b !== null)
      .filter((b) => b.purpose === purpose)
      .map((b) => b.value);
  const comments = textOf('commenting');
  const stripped = (value: unknown, prefix: string) =>
    typeof value === 'string' && value.startsWith(prefix) ? value.slice(prefix.length) : undefined;
  return {
    id: stripped(item.id, ID_PREFIX),
    articleId: stripped(target.source, ARTICLE_PREFIX),
    color: item['airgap:color'],
    note: comments.length === 0 ? '' : comments.length === 1 ? comments[0] : undefined,
    tags: textOf('tagging'),
    textHash: item['airgap:textHash'],
    createdAt: item.created,
    updatedAt: item.modified,
    quote: byType('TextQuoteSelector'),
    position: byType('TextPositionSelector'),
  };
}

/** How restoring a backup changes the stored annotations: what it adds, updates, and leaves as it is. */
export interface RestorePlan {
  add: Annotation[];
  update: { before: Annotation; after: Annotation }[];
  /** Already there with the same content, or there in a newer version: left as they are. */
  skip: Annotation[];
}

/**
 * Merges a backup into what is stored, by id: an annotation not stored is added; one stored with the same
 * content is skipped; a different version replaces the stored one only if it was modified later. Nothing stored
 * is ever deleted, and restoring the same backup twice changes nothing the second time.
 */
export function planRestore(stored: readonly Annotation[], incoming: readonly Annotation[]): RestorePlan {
  const byId = new Map(stored.map((a) => [a.id, a]));
  const plan: RestorePlan = { add: [], update: [], skip: [] };
  const seen = new Set<string>();
  for (const annotation of incoming) {
    if (seen.has(annotation.id)) continue;
    seen.add(annotation.id);
    const current = byId.get(annotation.id);
    if (current === undefined) plan.add.push(annotation);
    else if (sameContent(current, annotation) || annotation.updatedAt <= current.updatedAt)
      plan.skip.push(annotation);
    else plan.update.push({ before: current, after: annotation });
  }
  return plan;
}
