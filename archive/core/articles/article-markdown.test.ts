import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article, Block, BlockKind } from './article';
import { ArticleFormatError, parseArticleMarkdown, serializeArticleMarkdown } from './article-markdown';

const sample: Article = {
  id: 'no-evidence',
  title: 'No Evidence: "Data" – #1 [really]?',
  source: 'heliguy',
  date: '2021-03-03',
  blocks: [
    { kind: 'list-item', text: 'No evidence to suggest that data is sent;' },
    { kind: 'heading', text: 'DJI Statement To The Findings' },
    { kind: 'paragraph', text: '- a paragraph that looks like a list item' },
    { kind: 'paragraph', text: '## a paragraph that looks like a heading' },
    { kind: 'paragraph', text: '\\ starts with a backslash' },
    { kind: 'paragraph', text: '1. looks numbered but is not' },
    { kind: 'paragraph', text: '“Typographic” quotes and it’s apostrophes stay as they are.' },
  ],
};

// Characters that mean something to YAML or to the Markdown block syntax the reader recognises.
const META = [
  ':',
  ': ',
  '#',
  ' #',
  '-',
  '- ',
  '---',
  '...',
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  '&',
  '*',
  '!',
  '|',
  '>',
];
const TRICKY = [
  ...META,
  '%',
  '@',
  '`',
  '\\',
  '## ',
  '1. ',
  '2)',
  '+ ',
  'true',
  'null',
  '0x1F',
  '1e3',
  '~',
  '“',
  '’',
];
const chunk = fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: 'binary', maxLength: 8 }));
/** A single line of text as the archive stores it: no line breaks, trimmed, not empty. */
const lineText = fc
  .array(chunk, { minLength: 1, maxLength: 8 })
  .map((parts) =>
    parts
      .join('')
      .replace(/[\r\n]+/g, ' ')
      .trim(),
  )
  .filter((text) => text !== '');
const kind = fc.constantFrom<BlockKind>('heading', 'paragraph', 'list-item');
const block: fc.Arbitrary<Block> = fc.record({ kind, text: lineText });
const isoDate = fc
  .date({ min: new Date('1000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const article: fc.Arbitrary<Article> = fc.record(
  {
    id: lineText,
    title: lineText,
    source: lineText,
    date: isoDate,
    blocks: fc.array(block, { maxLength: 6 }),
  },
  { requiredKeys: ['id', 'title', 'source', 'blocks'] },
);

describe('article Markdown', () => {
  it('reads back exactly the article it wrote, markup look-alikes included', () => {
    expect(parseArticleMarkdown(serializeArticleMarkdown(sample))).toEqual(sample);
  });

  it('escapes paragraphs that start like Markdown syntax so they stay paragraphs', () => {
    const markdown = serializeArticleMarkdown(sample);
    expect(markdown).toContain('\n\\- a paragraph that looks like a list item\n');
    expect(markdown).toContain('\n\\## a paragraph that looks like a heading\n');
    expect(markdown).toContain('\n- No evidence to suggest that data is sent;\n');
    expect(markdown).toContain('\n## DJI Statement To The Findings\n');
  });

  it('leaves the date out of the front matter when the article has none', () => {
    const undated: Article = { ...sample };
    delete undated.date;
    const markdown = serializeArticleMarkdown(undated);
    expect(markdown).not.toContain('date:');
    expect(parseArticleMarkdown(markdown)).toEqual(undated);
  });

  it('round-trips arbitrary single-line texts and titles full of YAML metacharacters', () => {
    fc.assert(
      fc.property(article, (a) => {
        expect(parseArticleMarkdown(serializeArticleMarkdown(a))).toEqual(a);
      }),
      { numRuns: 300 },
    );
  });

  it('accepts Windows line endings in a file written elsewhere', () => {
    const markdown = serializeArticleMarkdown(sample).replace(/\n/g, '\r\n');
    expect(parseArticleMarkdown(markdown)).toEqual(sample);
  });

  it.each([
    ['text without front matter', 'Just a paragraph.\n', /front matter/],
    ['an unterminated front matter block', '---\nid: a\ntitle: b\n', /front matter/],
    ['front matter that is not YAML', '---\nid: [a\n---\n\nBody\n', /not valid YAML/],
    ['front matter that is a list', '---\n- a\n- b\n---\n\nBody\n', /mapping/],
    ['a missing title', '---\nid: a\nsource: s\n---\n\nBody\n', /"title"/],
    ['a blank id', "---\nid: ' '\ntitle: t\nsource: s\n---\n\nBody\n", /"id"/],
    ['a source that is a list', '---\nid: a\ntitle: t\nsource: [a, b]\n---\n\nBody\n', /"source"/],
    [
      'a date that is not YYYY-MM-DD',
      '---\nid: a\ntitle: t\nsource: s\ndate: March 2021\n---\n\nB\n',
      /date/,
    ],
  ])('rejects %s with an ArticleFormatError', (_name, markdown, message) => {
    expect(() => parseArticleMarkdown(markdown)).toThrow(ArticleFormatError);
    expect(() => parseArticleMarkdown(markdown)).toThrow(message);
  });

  it.each([
    ['a line break', 'two\nlines'],
    ['leading whitespace', ' indented'],
    ['trailing whitespace', 'trailing '],
    ['no text at all', ''],
  ])('refuses to write a block with %s, which would not read back the same', (_name, text) => {
    const broken: Article = { ...sample, blocks: [{ kind: 'paragraph', text }] };
    expect(() => serializeArticleMarkdown(broken)).toThrow(ArticleFormatError);
  });
});

describe('parseArticleMarkdown front matter', () => {
  it('keeps every value as text: a title of digits is a title, not a number', () => {
    const article = parseArticleMarkdown(
      '---\nid: a\ntitle: 1984\nsource: 2020\ndate: 2021-03-03\n---\n\nText.\n',
    );
    expect(article).toMatchObject({ title: '1984', source: '2020', date: '2021-03-03' });
  });
});
