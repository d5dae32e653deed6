import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import raw from '../../sources/heliguy-no-evidence-of-drone-data.txt?raw';
import { plainText } from './article';
import { CaptureFormatError } from './capture-error';
import { HELIGUY_SOURCE, parseHeliguyArticle, parseStatedDate } from './capture-heliguy';

const article = parseHeliguyArticle(raw);
const body = plainText(article.blocks);
const texts = article.blocks.map((b) => b.text);

describe('parseHeliguyArticle on the captured post', () => {
  it('takes the title once, the heliguy source and the stated "Last updated" date', () => {
    expect(article.title).toBe('No Evidence Of Drone Data Going To DJI Or China');
    expect(article.id).toBe('no-evidence-of-drone-data-going-to-dji-or-china');
    expect(article.source).toBe(HELIGUY_SOURCE);
    expect(article.date).toBe('2021-03-03');
    expect(body).not.toContain(article.title);
  });

  it('starts with the three bullets as list items, without their bullet marks', () => {
    expect(article.blocks.slice(0, 4).map((b) => b.kind)).toEqual([
      'list-item',
      'list-item',
      'list-item',
      'paragraph',
    ]);
    expect(texts[0]).toMatch(/^No evidence to suggest .* party - a new independent report confirms;$/);
    expect(texts[2]).toBe(
      'The audit was carried out on the Government Edition Mavic Pro, Government Edition Matrice 600 Pro, and the Mavic 2 Enterprise.',
    );
  });

  it('makes the short unpunctuated line a heading and keeps the photo caption as a paragraph', () => {
    expect(article.blocks.filter((b) => b.kind === 'heading')).toEqual([
      { kind: 'heading', text: 'DJI Statement To The Findings' },
    ]);
    expect(article.blocks).toContainEqual({ kind: 'paragraph', text: 'The DJI Mavic 2 Enterprise Dual.' });
  });

  it('drops the teaser, reading time, date line, shop boilerplate and comment form', () => {
    for (const chrome of [
      'Read More',
      'minute read',
      'Last updated',
      'HELIGUY.com',
      'Leave a comment',
      'comments must be approved',
      'urgent assistance',
      'hidden field',
    ]) {
      expect(body).not.toContain(chrome);
    }
  });

  // 3 bullets, then 17 paragraphs and 1 heading counted by hand in the capture.
  it('ends with the AES-256 paragraph and keeps single quotes as written', () => {
    expect(texts.at(-1)).toMatch(/^The company added that it will take 'concrete steps'.*AES-256 encryption/);
    expect(article.blocks).toHaveLength(3 + 18);
  });
});

describe('parseStatedDate', () => {
  it.each([
    ['Mar 03, 2021', '2021-03-03'],
    ['March 3, 2021', '2021-03-03'],
    ['Sept. 30 1999', '1999-09-30'],
    ['feb 29, 2024', '2024-02-29'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseStatedDate(text)).toBe(iso);
  });

  it.each(['Today', 'last year', 'Feb 30, 2021', 'Mau 3, 2021', 'Mar 3', '03/03/2021', 'Ma 3, 2021'])(
    'refuses %s, which is not a full stated date',
    (text) => {
      expect(() => parseStatedDate(text)).toThrow(CaptureFormatError);
    },
  );

  it('reads back any calendar date written the way heliguy writes it', () => {
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    const day = fc.date({ min: new Date('1000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true });
    fc.assert(
      fc.property(day, (d) => {
        const written = `${months[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, '0')}, ${d.getUTCFullYear()}`;
        expect(parseStatedDate(written)).toBe(d.toISOString().slice(0, 10));
      }),
    );
  });
});

describe('parseHeliguyArticle on other input', () => {
  it('rejects a capture with no body text', () => {
    expect(() => parseHeliguyArticle('')).toThrow(CaptureFormatError);
    expect(() =>
      parseHeliguyArticle('A title\n\nA title\n\n3 minute read\n\nLeave a comment\n\nText'),
    ).toThrow(/no body text/);
  });

  it('rejects an unreadable Last updated line rather than inventing a date', () => {
    expect(() => parseHeliguyArticle('Title\n\nLast updated: yesterday\n\nBody.')).toThrow(/unreadable date/);
  });

  it('continues a bullet across an unmarked wrapped line', () => {
    const parsed = parseHeliguyArticle('T\n\n  • first item\n    wraps here;\n  • second item.\n\nBody.');
    expect(parsed.blocks.slice(0, 2)).toEqual([
      { kind: 'list-item', text: 'first item wraps here;' },
      { kind: 'list-item', text: 'second item.' },
    ]);
    expect(parsed.date).toBeUndefined();
  });

  it('either parses arbitrary text into normalised, non-empty blocks or throws a CaptureFormatError', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.constantFrom(
        '\n\n',
        '\n  • ',
        'Last updated: Mar 03, 2021',
        'Leave a comment',
        '3 minute read',
        '... Read More',
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        try {
          for (const block of parseHeliguyArticle(parts.join('')).blocks) {
            expect(block.text).toBe(block.text.replace(/\s+/g, ' ').trim());
            expect(block.text).not.toBe('');
          }
        } catch (error) {
          expect(error).toBeInstanceOf(CaptureFormatError);
        }
      }),
    );
  });
});
