import { slugify } from '../articles/slug';
import { stringify as stringifyYaml } from 'yaml';
import { inReadingOrder, type Annotation } from '../annotations/annotation';
import type { ArticleMeta } from '../articles/article';
import { escapeMarkdownInline } from './export-markdown-syntax';
import { blockId, highlightMarkdown, noteMarkdown, tagsLine, type HighlightStyle } from './note-markdown';
import { normalizeTags } from '../annotations/tags';
import { compareCodeUnits } from '../articles/text-range';

/** Title of an exported notebook, in its front matter and heading. */
export const NOTEBOOK_TITLE = 'Airgap notebook';

/** An article as an export names it: its metadata, and the address it was saved from where that is known. */
export type ExportedArticle = ArticleMeta & { url?: string };

/** One article and the annotations made on it, as a notebook export takes them. */
export interface NotebookItem {
  article: ExportedArticle;
  annotations: readonly Annotation[];
}

/** Choices the user makes for an export. */
export interface ExportOptions {
  /** Highlights as coloured Obsidian callouts (default) or as ==marked== text. */
  style?: HighlightStyle;
}

/** Writes one article's highlights, notes and tags as a Markdown document with YAML front matter. */
export function exportArticleNotes(
  article: ExportedArticle,
  annotations: readonly Annotation[],
  exportedAt: Date,
  options: ExportOptions = {},
): string {
  const own = inReadingOrder(annotations.filter((a) => a.articleId === article.id));
  const front: Record<string, unknown> = { title: article.title, source: article.source };
  if (article.date !== undefined) front.date = article.date;
  front['article-id'] = article.id;
  if (article.url !== undefined) front.url = article.url;
  front['exported-at'] = exportedAt.toISOString();
  front.tags = tagUnion(own);
  const body =
    own.length === 0
      ? ['No highlights or notes in this article yet.']
      : own.map((a) => highlightSection(a, options.style ?? 'callout'));
  return document(front, [`# ${escapeMarkdownInline(article.title)}`, byline(article), ...body]);
}

/** Writes the highlights of several articles as one Markdown notebook, one section per annotated article. */
export function exportNotebook(
  items: readonly NotebookItem[],
  exportedAt: Date,
  options: ExportOptions = {},
): string {
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
          ...annotations.map((a) => highlightSection(a, options.style ?? 'callout')),
        ]);
  return document(front, [`# ${NOTEBOOK_TITLE}`, ...body]);
}

const FILE_SLUG = { keep: 'letters', maxLength: 60 } as const;

/**
 * A file name for an export that is safe on Windows, macOS and Linux and the same every time, so exporting
 * again updates the same note in the user's vault: a slug of the title, or "airgap-notebook".
 */
export function exportFileName(kind: 'notebook' | ArticleMeta): string {
  if (kind === 'notebook') return 'airgap-notebook.md';
  // Letters of every script are kept: an Arabic or Chinese title still names its notes file.
  const slug = slugify(kind.title, FILE_SLUG) || slugify(kind.id, FILE_SLUG) || 'article';
  return `${slug}-notes.md`;
}

function document(front: Record<string, unknown>, blocks: readonly string[]): string {
  // Block scalars and folding would spread a value over several lines; quoted one-line values cannot be
  // mistaken for the closing "---" or for another key, whatever the title or source contains.
  const yaml = stringifyYaml(front, { blockQuote: false, lineWidth: 0, doubleQuotedAsJSON: true }).trimEnd();
  return `---\n${yaml}\n---\n\n${blocks.join('\n\n')}\n`;
}

// The source, date and a link back: the address the article was saved from, else its id in the archive.
function byline(article: ExportedArticle): string {
  const parts = [escapeMarkdownInline(article.source)];
  if (article.date !== undefined) parts.push(escapeMarkdownInline(article.date));
  parts.push(
    article.url !== undefined && /^https?:\/\/[^\s<>()]+$/.test(article.url)
      ? `[Original](<${article.url}>)`
      : `Airgap article \`${article.id.replace(/`/g, '')}\``,
  );
  return parts.join(' · ');
}

function highlightSection(annotation: Annotation, style: HighlightStyle): string {
  const id = blockId(annotation.id);
  const quote = highlightMarkdown(
    annotation.quote.exact,
    annotation.color,
    style,
    `Highlight · ${annotation.color}`,
  );
  // Obsidian reads a block id after a callout on a line of its own, and at the end of a paragraph's last line.
  const parts = style === 'callout' ? [quote, `^${id}`] : [`${quote} ^${id}`];
  const note = noteMarkdown(annotation.note);
  if (note !== '') parts.push(note);
  const tags = tagsLine(normalizeTags(annotation.tags));
  if (tags !== '') parts.push(tags);
  return parts.join('\n\n');
}

// Case-insensitive and locale-independent, so the same notes export the same bytes on every machine.
function tagUnion(annotations: readonly Annotation[]): string[] {
  return normalizeTags(annotations.flatMap((a) => a.tags)).sort(
    (a, b) => compareCodeUnits(a.toLowerCase(), b.toLowerCase()) || compareCodeUnits(a, b),
  );
}
