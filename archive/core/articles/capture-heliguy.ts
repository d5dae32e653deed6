import type { Article, Block } from './article';
import { CaptureFormatError } from './capture-error';
import { normalizeSpace, splitParagraphs } from './capture-text';
import { slugify } from './slug';
import { MONTH_NAMES as MONTHS } from './months';

/** Publication name recorded on articles captured from heliguy's blog. */
export const HELIGUY_SOURCE = 'heliguy';

const LAST_UPDATED = /^Last updated:\s*(.*)$/i;
const BULLET = /^\s*[•·▪◦]\s*/u;
// Chrome the blog prints around every post: the teaser repeats the bullets, the reading time is an estimate,
// and the HELIGUY.com paragraph is the shop advertising itself, not part of the story.
const TEASER = /\bRead More$/;
const READING_TIME = /^\d+ minute read$/i;
const PUBLISHER_BOILERPLATE = /^HELIGUY\.com\S* is /i;
// The comment form starts here and nothing after it is article text.
const COMMENT_FORM = /^Leave a comment$/i;
// Sub-headings are short lines without sentence punctuation; captions like "The DJI Mavic 2 Enterprise Dual."
// end with a full stop and stay paragraphs.
const MAX_HEADING_LENGTH = 80;
const ENDS_LIKE_SENTENCE = /[.!?:;,…"'”’)]$/u;

/**
 * Parses a captured heliguy blog post into an article with its stated "Last updated" date, bullet list,
 * sub-headings and paragraphs, leaving out the teaser, reading time, publisher boilerplate and comment form;
 * throws CaptureFormatError if there is no title or no body.
 */
export function parseHeliguyArticle(raw: string): Article {
  const [titleLines, ...paragraphs] = splitParagraphs(raw);
  if (titleLines === undefined) throw new CaptureFormatError('heliguy article: the capture is empty');
  const title = normalizeSpace(titleLines.join(' '));
  let date: string | undefined;
  const blocks: Block[] = [];
  for (const [index, lines] of paragraphs.entries()) {
    const text = normalizeSpace(lines.join(' '));
    if (COMMENT_FORM.test(text)) break;
    const updated = LAST_UPDATED.exec(text);
    if (updated) {
      date = parseStatedDate(updated[1] ?? '');
    } else if (BULLET.test(lines[0] ?? '')) {
      blocks.push(...listItems(lines));
    } else if (isChrome(text, index === 0 ? title : undefined)) {
      continue;
    } else {
      const isHeading = index + 1 < paragraphs.length && blocks.length > 0 && looksLikeHeading(text);
      blocks.push({ kind: isHeading ? 'heading' : 'paragraph', text });
    }
  }
  if (blocks.length === 0) throw new CaptureFormatError(`heliguy article "${title}": no body text found`);
  const article: Article = { id: slugify(title), title, source: HELIGUY_SOURCE, blocks };
  if (date !== undefined) article.date = date;
  return article;
}

function isChrome(text: string, repeatedTitle: string | undefined): boolean {
  return (
    text === repeatedTitle || TEASER.test(text) || READING_TIME.test(text) || PUBLISHER_BOILERPLATE.test(text)
  );
}

function looksLikeHeading(text: string): boolean {
  return text.length <= MAX_HEADING_LENGTH && !ENDS_LIKE_SENTENCE.test(text);
}

// Each bullet line starts an item; an unbulleted line continues the item above it.
function listItems(lines: readonly string[]): Block[] {
  const items: string[] = [];
  for (const line of lines) {
    if (BULLET.test(line) || items.length === 0) items.push(line.replace(BULLET, ''));
    else items[items.length - 1] += ` ${line}`;
  }
  return items
    .map(normalizeSpace)
    .filter((text) => text !== '')
    .map((text) => ({ kind: 'list-item', text }));
}

/** Converts a date written like "Mar 03, 2021" or "March 3, 2021" to YYYY-MM-DD, rejecting impossible dates. */
export function parseStatedDate(text: string): string {
  const match = /^([A-Za-z]{3,})\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(text.trim());
  const word = match?.[1]?.toLowerCase() ?? '';
  const month = MONTHS.findIndex((name) => name.startsWith(word));
  if (!match || word === '' || month < 0)
    throw new CaptureFormatError(`heliguy article: unreadable date "${text}"`);
  const [year, day] = [Number(match[3]), Number(match[2])];
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years below 100 as 19xx.
  date.setUTCFullYear(year, month, day);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) {
    throw new CaptureFormatError(`heliguy article: no such date "${text}"`);
  }
  return date.toISOString().slice(0, 10);
}
