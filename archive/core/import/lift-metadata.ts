import { cleanText, isoDate, type ImportedText } from './imported-text';
import { MONTH_NAMES as MONTHS } from '../articles/months';

// What a page or note opens with, before its text, that is really metadata: the title again, a byline, a date.
// Only the first few blocks are read, and only whole blocks that are nothing else are taken out.

/** Blocks read at the top of an article for a repeated title, a byline or a date. */
const LEADING_BLOCKS = 4;
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY_MONTH_YEAR = new RegExp(String.raw`^(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH},?\s+(\d{4})$`, 'i');
const MONTH_DAY_YEAR = new RegExp(String.raw`^${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$`, 'i');
// "By Jane Roe", optionally followed by a date: "By Jane Roe · 3 March 2021", "By Jane Roe, March 3, 2021".
const BYLINE = /^(?:by|written by)\s+(.{2,80}?)(?:\s*(?:[·|–—]|\s-\s|,)\s*(.{6,40}))?$/i;
const PUBLISHED = /^(?:published|posted|updated)(?:\s+on)?:?\s+/i;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The YYYY-MM-DD of a date as people write it ("3 March 2021", "March 3, 2021", "2021-03-03"), if it is one. */
export function humanDate(raw: string): string | undefined {
  const text = cleanText(raw).replace(PUBLISHED, '');
  const iso = isoDate(text);
  if (iso !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(text)) return iso;
  const dmy = DAY_MONTH_YEAR.exec(text);
  const mdy = MONTH_DAY_YEAR.exec(text);
  const [day, month, year] = dmy ? [dmy[1], dmy[2], dmy[3]] : mdy ? [mdy[2], mdy[1], mdy[3]] : [];
  if (day === undefined || month === undefined || year === undefined) return undefined;
  const index = MONTHS.findIndex((m) => m.startsWith(month.toLowerCase().replace('.', '').slice(0, 3)));
  return index < 0 ? undefined : isoDate(`${year}-${pad(index + 1)}-${pad(Number(day))}`);
}

const same = (a: string, b: string): boolean => cleanText(a).toLowerCase() === cleanText(b).toLowerCase();
const withoutBy = (byline: string): string => byline.replace(/^(?:by|written by)\s+/i, '');

/**
 * Takes the title, byline and date out of the top of an article's body into its metadata: a first heading that
 * repeats the title, a "By …" line (with a date after it or not), and a line that is only a date. Metadata the
 * file states elsewhere wins; a line is removed only when it is wholly one of these. The byline loses its "By".
 */
export function liftMetadata(text: ImportedText): ImportedText {
  const out: ImportedText = { ...text, blocks: [...text.blocks] };
  if (out.byline !== undefined) out.byline = withoutBy(out.byline);
  // Reads the first few blocks, taking out each that is wholly metadata; a heading that is not the title (a page's
  // own headline under a shorter <title>) is kept and looked past.
  let at = 0;
  for (let read = 0; read < LEADING_BLOCKS && at < out.blocks.length && out.blocks.length > 1; read++) {
    const block = out.blocks[at]!;
    const value = block.text;
    const take = (): void => void out.blocks.splice(at, 1);
    if (same(value, out.title)) {
      take();
      continue;
    }
    if (block.kind === 'heading') {
      at += 1;
      continue;
    }
    if (block.kind !== 'paragraph') break;
    const byline = BYLINE.exec(value);
    const bylineDate = byline?.[2] === undefined ? undefined : humanDate(byline[2]);
    if (byline && (byline[2] === undefined || bylineDate !== undefined)) {
      out.byline ??= byline[1]!.trim();
      if (bylineDate !== undefined) out.date ??= bylineDate;
      take();
      continue;
    }
    if (out.byline !== undefined && same(withoutBy(value), out.byline)) {
      take();
      continue;
    }
    const date = value.length <= 40 ? humanDate(value) : undefined;
    if (date !== undefined && (out.date === undefined || out.date === date)) {
      out.date = date;
      take();
      continue;
    }
    break;
  }
  return out;
}
