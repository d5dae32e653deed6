import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import type { Article, Block } from './article';
import { readSimpleFrontMatter } from './simple-front-matter';

/** Raised when an article file is not valid Airgap article Markdown; the message says what is wrong. */
export class ArticleFormatError extends Error {
  override name = 'ArticleFormatError';
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// A paragraph starting like Markdown block syntax is escaped with a backslash so it reads back as a paragraph.
const NEEDS_ESCAPE = /^(#|-|\\|>|\*|\+|\d+[.)])/;

/** Writes an article as Markdown with YAML front matter (id, title, source, date when known). */
export function serializeArticleMarkdown(article: Article): string {
  const front: Record<string, string> = { id: article.id, title: article.title, source: article.source };
  if (article.date !== undefined) front.date = article.date;
  const body = article.blocks.map(serializeBlock).join('\n\n');
  return `---\n${stringifyYaml(front, { lineWidth: 0 }).trimEnd()}\n---\n\n${body}\n`;
}

function serializeBlock(block: Block): string {
  if (/[\r\n]/.test(block.text)) throw new ArticleFormatError('a block cannot contain a line break');
  // The reader trims and drops blank chunks, so such text would silently come back different or vanish.
  if (block.text.trim() !== block.text || block.text === '') {
    throw new ArticleFormatError('a block must be non-empty text without leading or trailing whitespace');
  }
  switch (block.kind) {
    case 'heading':
      return `## ${block.text}`;
    case 'list-item':
      return `- ${block.text}`;
    case 'paragraph':
      return NEEDS_ESCAPE.test(block.text) ? `\\${block.text}` : block.text;
    default:
      // The bundled archive's sources are captured reporting: headings, paragraphs and lists are all they hold.
      throw new ArticleFormatError(`article Markdown has no ${block.kind} blocks`);
  }
}

/** Reads an article written by `serializeArticleMarkdown`; throws ArticleFormatError on anything else. */
export function parseArticleMarkdown(markdown: string): Article {
  const text = markdown.replace(/\r\n?/g, '\n');
  const match = FRONT_MATTER.exec(text);
  if (!match) throw new ArticleFormatError('missing YAML front matter between --- lines');
  let front: unknown = readSimpleFrontMatter(match[1] ?? '');
  try {
    // Failsafe: every value stays text, so `title: 1984` is the title "1984" and no tag can construct objects.
    front ??= parseYaml(match[1] ?? '', { schema: 'failsafe' });
  } catch (error) {
    throw new ArticleFormatError(`front matter is not valid YAML: ${(error as Error).message}`);
  }
  if (typeof front !== 'object' || front === null || Array.isArray(front))
    throw new ArticleFormatError('front matter must be a mapping');
  const fields = front as Record<string, unknown>;
  const id = requireString(fields, 'id');
  const title = requireString(fields, 'title');
  const source = requireString(fields, 'source');
  const article: Article = { id, title, source, blocks: parseBody(text.slice(match[0].length)) };
  if (fields.date !== undefined) {
    const date = fields.date;
    if (typeof date !== 'string' || !ISO_DATE.test(date))
      throw new ArticleFormatError('date must be YYYY-MM-DD');
    article.date = date;
  }
  return article;
}

function requireString(fields: Record<string, unknown>, key: string): string {
  const value = fields[key];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ArticleFormatError(`front matter needs a non-empty "${key}"`);
  }
  return value;
}

function parseBody(body: string): Block[] {
  return body
    .split(/\n{2,}/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk !== '')
    .map((chunk): Block => {
      const line = chunk.replace(/\s*\n\s*/g, ' ');
      if (line.startsWith('## ')) return { kind: 'heading', text: line.slice(3) };
      if (line.startsWith('- ')) return { kind: 'list-item', text: line.slice(2) };
      return { kind: 'paragraph', text: line.startsWith('\\') ? line.slice(1) : line };
    });
}
