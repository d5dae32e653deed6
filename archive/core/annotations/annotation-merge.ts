import type { Annotation, HighlightColor } from './annotation';

/** The fields of a highlight a user edits; each is merged on its own when two windows change one highlight. */
export const EDITABLE_FIELDS = ['color', 'note', 'tags'] as const;

/** One of the fields a user edits. */
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/** New values for some of a highlight's editable fields. */
export interface AnnotationChanges {
  color?: HighlightColor;
  note?: string;
  tags?: string[];
}

/** What merging an edit into the stored highlight gave. */
export interface MergedEdit {
  /** The highlight to store. */
  next: Annotation;
  /** Fields this edit changed. */
  changed: EditableField[];
  /** Fields another window had changed since this edit began and this edit changed too: the later edit wins. */
  overwritten: EditableField[];
}

/** Whether two values of an editable field are the same. */
export function sameField(field: EditableField, a: Annotation, b: Annotation): boolean {
  if (field === 'tags') return a.tags.length === b.tags.length && a.tags.every((t, i) => t === b.tags[i]);
  return a[field] === b[field];
}

/**
 * Merges an edit made on `base` (the highlight as this window last saw it) into `current` (as stored now): only
 * the fields the edit changed are written, so a colour picked in one window never reverts tags changed in
 * another. A field both changed takes this edit's value, the later one, and is reported as overwritten.
 */
export function mergeEdit(
  current: Annotation,
  base: Annotation,
  changes: AnnotationChanges,
  updatedAt: string,
): MergedEdit {
  const wanted: Annotation = {
    ...base,
    ...(changes.color !== undefined && { color: changes.color }),
    ...(changes.note !== undefined && { note: changes.note }),
    ...(changes.tags !== undefined && { tags: [...changes.tags] }),
  };
  const next: Annotation = { ...current, tags: [...current.tags] };
  const changed: EditableField[] = [];
  const overwritten: EditableField[] = [];
  for (const field of EDITABLE_FIELDS) {
    if (sameField(field, wanted, base) || sameField(field, wanted, current)) continue;
    changed.push(field);
    if (!sameField(field, current, base)) overwritten.push(field);
    assignField(next, field, wanted);
  }
  if (changed.length > 0) next.updatedAt = updatedAt;
  return { next, changed, overwritten };
}

/**
 * Takes back one window's change of `from` to `to` on the stored highlight `current`: each field still as that
 * change left it returns to `from`'s value, and a field changed since (by another window) is kept. Returns the
 * highlight to store and the fields kept.
 */
export function revertFields(
  current: Annotation,
  from: Annotation,
  to: Annotation,
  updatedAt: string,
): { next: Annotation; kept: EditableField[] } {
  const next: Annotation = { ...current, tags: [...current.tags] };
  const kept: EditableField[] = [];
  let changed = false;
  for (const field of EDITABLE_FIELDS) {
    if (sameField(field, from, to)) continue;
    if (!sameField(field, current, to)) {
      kept.push(field);
      continue;
    }
    assignField(next, field, from);
    changed = true;
  }
  // Anchoring is not a user field: a re-attached passage (or one moved to a new edition of its archive) returns
  // to its old place only if nothing moved it since.
  if (samePlace(current, to) && !samePlace(from, to)) {
    next.articleId = from.articleId;
    next.quote = { ...from.quote };
    next.position = { ...from.position };
    next.textHash = from.textHash;
    changed = true;
  }
  if (changed) next.updatedAt = updatedAt;
  return { next, kept };
}

/** Whether two versions of a highlight hold the same user content and place (timestamps aside). */
export function sameContent(a: Annotation, b: Annotation): boolean {
  return EDITABLE_FIELDS.every((field) => sameField(field, a, b)) && samePlace(a, b);
}

function samePlace(a: Annotation, b: Annotation): boolean {
  return (
    a.articleId === b.articleId &&
    a.position.start === b.position.start &&
    a.position.end === b.position.end &&
    a.quote.exact === b.quote.exact &&
    a.quote.prefix === b.quote.prefix &&
    a.quote.suffix === b.quote.suffix &&
    a.textHash === b.textHash
  );
}

function assignField(target: Annotation, field: EditableField, source: Annotation): void {
  if (field === 'tags') target.tags = [...source.tags];
  else if (field === 'note') target.note = source.note;
  else target.color = source.color;
}
