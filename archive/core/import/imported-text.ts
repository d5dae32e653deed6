import type { Block } from '../articles/article';

/** What a format's parser makes of one file: the article's text and whatever metadata the file states. */
export interface ImportedText {
  title: string;
  blocks: Block[];
  /** YYYY-MM-DD, only where the file states a valid date. */
  date?: string;
  byline?: string;
  /** The publication or site the file says it came from. */
  siteName?: string;
  /** BCP 47 language tag as the file states it, e.g. "en" or "en-GB". */
  language?: string;
  /** The page's canonical address (kept as text: the app never opens it). */
  url?: string;
  tags?: string[];
}

/** Every kind of whitespace, including no-break spaces and line separators: one space in a block. */
export const WHITESPACE = /[\s\u00a0\u2028\u2029]+/g;
/** C0/C1 controls (other than whitespace), bidi overrides and isolates: invisible, and used to disguise text. */
export const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Collapses whitespace and drops control and bidi-override characters, as every block and title needs. */
export function cleanText(text: string): string {
  return text.replace(INVISIBLE, '').replace(WHITESPACE, ' ').trim();
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/;

/** The YYYY-MM-DD of an ISO date or date-time, if it names a real day; anything else is ignored. */
export function isoDate(value: string | undefined): string | undefined {
  const match = value === undefined ? null : ISO_DATE.exec(value.trim());
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  const real = day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
  return real && y >= 1000 ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}

/** A file's name without folders, extension, control or bidi characters: the title of last resort. */
export function titleFromFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const stem = base.replace(/\.[A-Za-z0-9]{1,5}$/, '');
  return cleanText(stem.replace(/[_]+/g, ' ')) || 'Untitled';
}
