// Reads any CommonMark file, with or without YAML front matter, into an article.
// markdown-it rather than micromark: measured here on hostile input, micromark took 64 s for 100,000 nested
// quotes and over 20 s for runs of 100,000 emphasis markers; markdown-it caps nesting and took under 1.1 s on each.
import MarkdownIt, { type Token } from 'markdown-it';
import { parseDocument } from 'yaml';
import type { Block } from '../articles/article';
import { cleanText, isoDate, titleFromFileName, type ImportedText } from './imported-text';
import { ImportRefusal } from './refusal';

// GitHub-style tables and strikethrough are read too. Raw HTML is recognised (so it is not shown as literal tags) and then dropped: an import keeps text only.
const markdown = new MarkdownIt('default', { html: true, linkify: false, typographer: false });
const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
/** Aliases a front matter may expand: enough for any real file, far too few for a "billion laughs" bomb. */
const MAX_ALIASES = 100;

const LOOSE_LINE = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$/;

/**
 * Reads front matter with YAML's failsafe schema: every scalar stays text and no tag can run code. Front matter
 * that is not valid YAML (often a title with ": " in it) is read line by line as `key: value` text instead of
 * losing the file; only an alias bomb is refused.
 */
export function readFrontMatter(yaml: string): Record<string, unknown> {
  const doc = parseDocument(yaml, { schema: 'failsafe', logLevel: 'silent', uniqueKeys: false });
  if (doc.errors.length > 0) return looseFrontMatter(yaml);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch {
    throw new ImportRefusal('malformed', 'its front matter expands into too much data (an alias bomb)');
  }
  // A list or a lone value is not metadata the app can use; the body is still worth importing.
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return value as Record<string, unknown>;
}

function looseFrontMatter(yaml: string): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const line of yaml.split('\n')) {
    const match = LOOSE_LINE.exec(line);
    if (!match) continue;
    const value = match[2]!.trim().replace(/^(["'])(.*)\1$/, '$2');
    if (value !== '' && !(match[1]! in fields)) fields[match[1]!] = value;
  }
  return fields;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return cleanText(value) || undefined;
  if (Array.isArray(value)) return text(value.filter((v) => typeof v === 'string').join(', '));
  return undefined;
}

function field(front: Record<string, unknown>, ...keys: string[]): string | undefined {
  const lower = new Map(Object.entries(front).map(([k, v]) => [k.toLowerCase(), v]));
  for (const key of keys) {
    const value = text(lower.get(key));
    if (value !== undefined) return value;
  }
  return undefined;
}

function tagList(value: unknown): string[] | undefined {
  const raw = typeof value === 'string' ? value.split(/[,\s]+/) : Array.isArray(value) ? value : [];
  const tags = raw
    .filter((t): t is string => typeof t === 'string')
    .map((t) => cleanText(t.replace(/^#/, '')));
  const unique = [...new Set(tags.filter((t) => t !== ''))];
  return unique.length > 0 ? unique : undefined;
}

/** The text of an inline token: words and code kept, markup, images and raw HTML dropped. */
function inlineText(token: Token): string {
  let out = '';
  for (const child of token.children ?? []) {
    if (child.type === 'text' || child.type === 'code_inline') out += child.content;
    else if (child.type === 'softbreak' || child.type === 'hardbreak') out += ' ';
  }
  return out;
}

/** Block tokens to article blocks; a flat walk over markdown-it's token list, so nesting depth costs no stack. */
function blocksOf(tokens: Token[]): { blocks: Block[]; firstH1?: string } {
  const blocks: Block[] = [];
  let listDepth = 0;
  let heading = false;
  let row: string[] | undefined;
  let firstH1: string | undefined;
  const push = (kind: Block['kind'], raw: string): void => {
    const value = cleanText(raw);
    if (value !== '') blocks.push({ kind, text: value });
  };
  for (const token of tokens) {
    switch (token.type) {
      case 'bullet_list_open':
      case 'ordered_list_open':
        listDepth++;
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        listDepth--;
        break;
      case 'heading_open':
        heading = true;
        if (token.tag === 'h1' && blocks.length === 0 && firstH1 === undefined) firstH1 = '';
        break;
      case 'heading_close':
        heading = false;
        break;
      case 'tr_open':
        row = [];
        break;
      case 'tr_close':
        if (row) push('paragraph', row.filter((c) => cleanText(c) !== '').join(' | '));
        row = undefined;
        break;
      case 'fence':
      case 'code_block':
        push(listDepth > 0 ? 'list-item' : 'paragraph', token.content);
        break;
      case 'inline': {
        const value = inlineText(token);
        if (row) row.push(value);
        else if (heading) {
          if (firstH1 === '') firstH1 = cleanText(value) || undefined;
          push('heading', value);
        } else push(listDepth > 0 ? 'list-item' : 'paragraph', value);
        break;
      }
    }
  }
  return { blocks, firstH1 };
}

/** Reads a Markdown file into an article: title from front matter, else a leading `# heading`, else the file name. */
export function parseMarkdownFile(source: string, fileName: string): ImportedText {
  const normalized = source.replace(/\r\n?/g, '\n');
  const match = FRONT_MATTER.exec(normalized);
  const front = match ? readFrontMatter(match[1] ?? '') : {};
  const body = match ? normalized.slice(match[0].length) : normalized;
  const { blocks, firstH1 } = blocksOf(markdown.parse(body, {}));
  let title = field(front, 'title');
  if (title === undefined && firstH1 !== undefined) {
    title = firstH1;
    blocks.shift(); // The heading is the title; keeping it would show it twice.
  }
  if (blocks.length === 0) throw new ImportRefusal('no-text', 'it has no text to read');
  const article: ImportedText = { title: title ?? titleFromFileName(fileName), blocks };
  const date = isoDate(field(front, 'date', 'published', 'created'));
  if (date) article.date = date;
  const byline = field(front, 'author', 'authors', 'byline');
  if (byline) article.byline = byline;
  const siteName = field(front, 'source', 'site', 'site_name', 'publisher');
  if (siteName) article.siteName = siteName;
  const language = field(front, 'lang', 'language');
  if (language) article.language = language;
  const url = field(front, 'url', 'canonical', 'source_url', 'link');
  if (url) article.url = url;
  const tags = tagList(new Map(Object.entries(front).map(([k, v]) => [k.toLowerCase(), v])).get('tags'));
  if (tags) article.tags = tags;
  return article;
}
