import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import MarkdownIt from 'markdown-it';
import { parse as parseYaml } from 'yaml';
import type { Annotation } from '../annotations/annotation';
import type { ArticleMeta } from '../articles/article';
import { exportArticleNotes, exportFileName, exportNotebook } from './export-markdown';
import articleNotesGolden from './golden/article-notes.md?raw';
import hostileNoteGolden from './golden/hostile-note.md?raw';
import notebookGolden from './golden/notebook.md?raw';
import { noteMarkdown } from './note-markdown';
import { hazardousNote, textOfHtml } from '../testing/markdown-arbitrary';

const EXPORTED_AT = new Date('2024-05-06T07:08:09.000Z');

const heliguy: ArticleMeta = {
  id: 'heliguy-no-evidence-of-drone-data',
  title: 'No Evidence Of Drone Data Going To DJI Or China',
  source: 'Heliguy',
  date: '2021-03-03',
};
const dronedj: ArticleMeta = {
  id: 'dronedj-data-security',
  title: "DJI's data security, explained",
  source: 'DroneDJ',
};

/** An annotation on `article` at `start`; only the fields the export reads matter. */
function annotation(
  article: ArticleMeta,
  start: number,
  exact: string,
  extra: Partial<Annotation> = {},
): Annotation {
  return {
    id: `${article.id}-${start}`,
    articleId: article.id,
    quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start, end: start + exact.length },
    color: 'yellow',
    note: '',
    tags: [],
    textHash: 'fnv1a64:0000000000000000',
    createdAt: '2024-05-01T10:00:00.000Z',
    updatedAt: '2024-05-01T10:00:00.000Z',
    ...extra,
  };
}

const noEvidence = annotation(
  heliguy,
  5,
  'There is no evidence that data or information collected by DJI drones is being transmitted to China',
  { tags: ['policy'] },
);
const readMore = annotation(heliguy, 300, 'Read More\n\nLast updated: Mar 03, 2021', {
  note: 'The date is in the page header, not in the byline.',
});
const audit = annotation(
  heliguy,
  900,
  '1. The audit was carried out on the *Government Edition* Mavic Pro & [Matrice 600] <Pro>',
  { note: 'Compare with the 2023 report.', tags: ['security', 'DJI'] },
);

/** Splits an export into its parsed front matter and the Markdown after it. */
function splitExport(markdown: string): { front: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  if (!match) throw new Error('no front matter');
  return { front: parseYaml(match[1]!), body: markdown.slice(match[0].length) };
}

describe('exportArticleNotes', () => {
  it('writes front matter, then each highlight in reading order with its note and tags', () => {
    expect(exportArticleNotes(heliguy, [audit, noEvidence, readMore], EXPORTED_AT)).toBe(articleNotesGolden);
  });

  it('keeps a hostile note, title and source intact without breaking the document', () => {
    const article: ArticleMeta = { id: 'x', title: 'Drones\n---\ntitle: x', source: '<b>Evil</b> & co: #1' };
    const hostile = annotation(
      article,
      0,
      '- [ ] task\n\n## not a heading\n\n    indented `code` ==mark== %%c%% $x$ ~~s~~ | t | ^ref {{macro}} \\ end  ',
      {
        note:
          "\n```js\nalert(1)\n```\n---\ntitle: injected\n> not a quote\n<script>alert('x')</script>\r\n" +
          'key: [a, {b}] & *c* !d | e > f \' " % @ #g -h\n\n',
        tags: ['#!!', 'a b'],
      },
    );
    expect(exportArticleNotes(article, [hostile], EXPORTED_AT)).toBe(hostileNoteGolden);
  });

  it('says plainly when an article has no highlights, ignoring annotations of other articles', () => {
    const elsewhere = annotation(dronedj, 0, 'Flight logs');
    expect(exportArticleNotes(dronedj, [], EXPORTED_AT)).toBe(
      "---\ntitle: DJI's data security, explained\nsource: DroneDJ\narticle-id: dronedj-data-security\n" +
        'exported-at: 2024-05-06T07:08:09.000Z\ntags: []\n---\n\n' +
        "# DJI's data security, explained\n\nDroneDJ · Airgap article `dronedj-data-security`\n\n" +
        'No highlights or notes in this article yet.\n',
    );
    expect(exportArticleNotes(heliguy, [elsewhere], EXPORTED_AT)).toContain(
      'No highlights or notes in this article yet.',
    );
  });
});

describe('export property', () => {
  const commonmark = new MarkdownIt('commonmark');
  const render = (markdown: string) => commonmark.render(markdown);
  const textOf = textOfHtml;

  it('gives front matter with exactly the intended keys, every quote line back, and every note in its place', () => {
    const meta = fc.record(
      {
        id: fc.string({ minLength: 1, maxLength: 12 }),
        title: fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), hazardousNote),
        source: fc.oneof(
          fc.string({ unit: 'binary', maxLength: 20 }),
          fc.constantFrom('a: b', '- x', '"q"', '#1'),
        ),
        date: fc.constantFrom('2021-03-03', '1999-12-31'),
        url: fc.constantFrom('https://example.org/a', 'javascript:alert(1)'),
      },
      { requiredKeys: ['id', 'title', 'source'] },
    );
    const line = fc
      .string({ unit: 'grapheme', maxLength: 24 })
      .filter((l) => l.trim() !== '' && !/[\r\n]/.test(l));
    const item = fc.record({
      lines: fc.array(line, { minLength: 1, maxLength: 3 }),
      note: hazardousNote,
      tags: fc.array(fc.constantFrom('dji', '_a_', 'x/y', 'Ban'), { maxLength: 3 }),
      style: fc.constantFrom('callout' as const, 'highlight' as const),
    });
    fc.assert(
      fc.property(meta, fc.array(item, { minLength: 1, maxLength: 3 }), (article, specs) => {
        const style = specs[0]!.style;
        const written = specs.map((spec, i) =>
          annotation(article, i * 100, spec.lines.join('\n'), { note: spec.note, tags: spec.tags }),
        );
        const markdown = exportArticleNotes(article, written, EXPORTED_AT, { style });
        const { front, body } = splitExport(markdown);
        const expected: Record<string, unknown> = { title: article.title, source: article.source };
        if (article.date !== undefined) expected.date = article.date;
        expected['article-id'] = article.id;
        if (article.url !== undefined) expected.url = article.url;
        expected['exported-at'] = '2024-05-06T07:08:09.000Z';
        expected.tags = [...new Set(specs.flatMap((s) => s.tags).map((t) => (t === 'Ban' ? 'Ban' : t)))].sort(
          (a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0),
        );
        expect(front).toEqual(expected);

        // An open code fence inside a list item in a note ends with the item; the blank line after it may land
        // inside the code block, which is the only difference such a note shows in place.
        const settle = (h: string) => h.replace(/\n+(?=<\/code><\/pre>)/g, '');
        const html = settle(render(body));
        specs.forEach((spec) => {
          // Each note renders in the document exactly as it renders alone.
          const note = noteMarkdown(spec.note);
          if (note !== '') expect(html).toContain(settle(render(note)).trim());
          // Each passage's lines come back as text.
          const text = textOf(html);
          for (const l of spec.lines) expect(text).toContain(style === 'callout' ? l : `==${l}==`);
        });
        // One highlight per annotation, whatever the notes held.
        const highlights =
          style === 'callout' ? html.match(/<blockquote>\n<p>\[!/g) : body.match(/ \^airgap-/g);
        expect(highlights).toHaveLength(specs.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('exportNotebook', () => {
  it('writes a section per annotated article in the given order and skips articles without highlights', () => {
    const empty: ArticleMeta = { id: 'empty', title: 'Unread', source: 'Nobody' };
    const notebook = exportNotebook(
      [
        {
          article: heliguy,
          annotations: [annotation(heliguy, 5, noEvidence.quote.exact, { tags: ['policy', 'DJI'] })],
        },
        { article: empty, annotations: [] },
        {
          article: dronedj,
          annotations: [
            annotation(dronedj, 40, 'Flight logs are encrypted with AES-256', {
              note: 'Is this still true in 2024?',
              tags: ['encryption'],
              color: 'green',
            }),
          ],
        },
      ],
      EXPORTED_AT,
      { style: 'highlight' },
    );
    expect(notebook).toBe(notebookGolden);
  });

  it('says plainly when there is nothing to export', () => {
    expect(exportNotebook([{ article: heliguy, annotations: [] }], EXPORTED_AT)).toBe(
      '---\ntitle: Airgap notebook\nexported-at: 2024-05-06T07:08:09.000Z\ntags: []\narticles: 0\n---\n\n' +
        '# Airgap notebook\n\nNo highlights or notes yet.\n',
    );
  });
});

describe('exportFileName', () => {
  it('names the notebook and each article the same every time, so a re-export updates the same file', () => {
    expect(exportFileName('notebook')).toBe('airgap-notebook.md');
    expect(exportFileName(heliguy)).toBe('no-evidence-of-drone-data-going-to-dji-or-china-notes.md');
    expect(exportFileName({ ...dronedj, title: 'Überwachung: CON/../*?' })).toBe('überwachung-con-notes.md');
    expect(exportFileName({ ...dronedj, title: '!!!' })).toBe('dronedj-data-security-notes.md');
  });

  it('gives a short name of letters, digits and dashes for any title and id', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (title, id) => {
        const name = exportFileName({ id, title, source: 's' });
        expect(name).toMatch(/^[\p{L}\p{M}\p{N}]+(-[\p{L}\p{M}\p{N}]+)*\.md$/u);
        expect(Array.from(name).length).toBeLessThanOrEqual(60 + '-notes.md'.length);
      }),
    );
  });
});
