import type { Annotation, HighlightColor } from '../../archive/core/annotations/annotation';
import type { ArticleMeta } from '../../archive/core/articles/article';

/** The notebook's filters; each left undefined (or empty) lets everything through. */
export interface NotebookFilters {
  color?: HighlightColor;
  tag?: string;
  articleId?: string;
  source?: string;
  /** Only highlights changed on or after this day (YYYY-MM-DD). */
  since?: string;
  /** Only these highlights (those a search of the notes found). */
  ids?: ReadonlySet<string>;
}

/** One article's highlights as the notebook shows them, with the article's metadata when it is still there. */
export interface NotebookGroup {
  articleId: string;
  article: ArticleMeta | undefined;
  annotations: Annotation[];
}

/**
 * The notebook's groups after filtering, in the library's order, then articles no longer in the archive by
 * id: a highlight is never dropped for lacking its article.
 */
export function filterNotebook(
  groups: ReadonlyMap<string, readonly Annotation[]>,
  articles: readonly ArticleMeta[],
  filters: NotebookFilters,
): NotebookGroup[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const keep = (a: Annotation, article: ArticleMeta | undefined): boolean =>
    (filters.color === undefined || a.color === filters.color) &&
    (filters.tag === undefined || a.tags.some((t) => t.toLowerCase() === filters.tag!.toLowerCase())) &&
    (filters.articleId === undefined || a.articleId === filters.articleId) &&
    (filters.source === undefined || article?.source === filters.source) &&
    (filters.since === undefined || a.updatedAt.slice(0, 10) >= filters.since) &&
    (filters.ids === undefined || filters.ids.has(a.id));
  const order = [
    ...articles.filter((a) => groups.has(a.id)).map((a) => a.id),
    ...[...groups.keys()].filter((id) => !byId.has(id)).sort(),
  ];
  return order
    .map((articleId) => {
      const article = byId.get(articleId);
      return {
        articleId,
        article,
        annotations: (groups.get(articleId) ?? []).filter((a) => keep(a, article)),
      };
    })
    .filter((group) => group.annotations.length > 0);
}

/** The distinct tags of the highlights, sorted case-insensitively, for the tag filter. */
export function notebookTags(groups: ReadonlyMap<string, readonly Annotation[]>): string[] {
  const seen = new Map<string, string>();
  for (const list of groups.values())
    for (const a of list) for (const t of a.tags) seen.set(t.toLowerCase(), seen.get(t.toLowerCase()) ?? t);
  return [...seen.values()].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase(), 'en'));
}
