import { stringify as stringifyYaml } from 'yaml';
import { inReadingOrder, type Annotation } from './annotation';
import type { ArticleMeta } from './article';
import { blockQuote, escapeMarkdownInline, fencedBlock } from './export-markdown-syntax';
import { formatTag, normalizeTags } from './tags';
import { compareCodeUnits } from './text-range';

/** Title of an exported notebook, in its front matter and heading. */
export const NOTEBOOK_TITLE = 'Airgap notebook';

/** One article and the annotations made on it, as a notebook export takes them. */
export interface NotebookItem {
  article: ArticleMeta;
  annotations: readonly Annotation[];
}

/** Writes one article's highlights, notes and tags as a Markdown document with YAML front matter. */
export function exportArticleNotes(
  article: ArticleMeta,
  annotations: readonly Annotation[],
  exportedAt: Date,
): string {
  const own = inReadingOrder(annotations.filter((a) => a.articleId === article.id));
  const front: Record<string, unknown> = { title: article.title, source: article.source };
  if (article.date !== undefined) front.date = article.date;
  front['exported-at'] = exportedAt.toISOString();
  front.tags = tagUnion(own);
  const body =
    own.length === 0 ? ['No highlights or notes in this article yet.'] : own.map((a) => highlightSection(a));
  return document(front, [`# ${escapeMarkdownInline(article.title)}`, byline(article), ...body]);
}

/** Writes the highlights of several articles as one Markdown notebook, one section per annotated article. */
export function exportNotebook(items: readonly NotebookItem[], exportedAt: Date): string {
  const annotated = items
    .map(({ article, annotations }) => ({
      article,
      annotations: inReadingOrder(annotations.filter((a) => a.articleId === article.id)),
    }))
    .filter((item) => item.annotations.length > 0);
  const front = {
    title: NOTEBOOK_TITLE,
    'exported-at': exportedAt.toISOString(),
    tags: tagUnion(annotated.flatMap((item) => item.annotations)),
    articles: annotated.length,
  };
  const body =
    annotated.length === 0
      ? ['No highlights or notes yet.']
      : annotated.flatMap(({ article, annotations }) => [
          `## ${escapeMarkdownInline(article.title)}`,
          byline(article),
          ...annotations.map((a) => highlightSection(a)),
        ]);
  return document(front, [`# ${NOTEBOOK_TITLE}`, ...body]);
}

/** A file name for an export that is safe on Windows, macOS and Linux: a title slug, the UTC date and ".md". */
export function exportFileName(kind: 'notebook' | ArticleMeta, exportedAt: Date): string {
  const day = exportedAt.toISOString().slice(0, 10);
  if (kind === 'notebook') return `airgap-notebook-${day}.md`;
  const slug = slugify(kind.title) || slugify(kind.id) || 'article';
  return `${slug}-notes-${day}.md`;
}

function document(front: Record<string, unknown>, blocks: readonly string[]): string {
  // Block scalars and folding would spread a value over several lines; quoted one-line values cannot be
  // mistaken for the closing "---" or for another key, whatever the title or source contains.
  const yaml = stringifyYaml(front, { blockQuote: false, lineWidth: 0 }).trimEnd();
  return `---\n${yaml}\n---\n\n${blocks.join('\n\n')}\n`;
}

function byline(article: ArticleMeta): string {
  const source = escapeMarkdownInline(article.source);
  return article.date === undefined ? source : `${source} · ${escapeMarkdownInline(article.date)}`;
}

function highlightSection(annotation: Annotation): string {
  const parts = [blockQuote(annotation.quote.exact)];
  if (annotation.note !== '') parts.push(fencedBlock(annotation.note));
  const tags = normalizeTags(annotation.tags);
  if (tags.length > 0) parts.push(tags.map(formatTag).join(' '));
  return parts.join('\n\n');
}

// Case-insensitive and locale-independent, so the same notes export the same bytes on every machine.
function tagUnion(annotations: readonly Annotation[]): string[] {
  return normalizeTags(annotations.flatMap((a) => a.tags)).sort(
    (a, b) => compareCodeUnits(a.toLowerCase(), b.toLowerCase()) || compareCodeUnits(a, b),
  );
}

const SLUG_LENGTH = 60;

function slugify(text: string): string {
  const words = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // Cut by code points so a surrogate pair is never split, then drop a dash the cut may leave at the end.
  return Array.from(words).slice(0, SLUG_LENGTH).join('').replace(/-+$/, '');
}
