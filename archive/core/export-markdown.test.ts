import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { Annotation } from './annotation';
import type { ArticleMeta } from './article';
import { exportArticleNotes, exportFileName, exportNotebook } from './export-markdown';
import articleNotesGolden from './golden/article-notes.md?raw';
import hostileNoteGolden from './golden/hostile-note.md?raw';
import notebookGolden from './golden/notebook.md?raw';

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

/**
 * Reads back the first fenced code block's content byte for byte, after checking that no line inside it could
 * close the fence early the way CommonMark closes one: a line (ending in \n, \r\n or \r) of at least as many
 * backticks.
 */
function firstFenceContent(body: string): string | null {
  const open = /^(`{3,})\n/m.exec(body);
  if (!open) return null;
  const fence = open[1]!;
  const from = open.index + open[0].length;
  const end = body.indexOf(`\n${fence}\n`, from);
  if (end === -1) throw new Error('fence never closed');
  const content = body.slice(from, end);
  const closes = new RegExp(`^ {0,3}\`{${fence.length},}[ \\t]*$`);
  expect(content.split(/\r\n|\r|\n/).filter((line) => closes.test(line))).toEqual([]);
  return content;
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
      "---\ntitle: DJI's data security, explained\nsource: DroneDJ\nexported-at: 2024-05-06T07:08:09.000Z\n" +
        "tags: []\n---\n\n# DJI's data security, explained\n\nDroneDJ\n\nNo highlights or notes in this article yet.\n",
    );
    expect(exportArticleNotes(heliguy, [elsewhere], EXPORTED_AT)).toContain(
      'No highlights or notes in this article yet.',
    );
  });

  it('returns any note exactly and front matter that parses to the expected fields', () => {
    const meta = fc.record(
      {
        id: fc.constant('a'),
        title: fc.string({ unit: 'binary', maxLength: 40 }),
        source: fc.string({ unit: 'binary', maxLength: 20 }),
        date: fc.constantFrom('2021-03-03', '1999-12-31'),
      },
      { requiredKeys: ['id', 'title', 'source'] },
    );
    const note = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 80 }),
      // Fragments of Markdown and YAML syntax, so fences, rules and keys land on lines of their own.
      fc
        .array(
          fc.constantFrom('```', '````', '`', '~~~', '---', '\n', '\r\n', '\r', ' ', '> ', 'a: ', '#', '- '),
          {
            maxLength: 20,
          },
        )
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(meta, note, fc.string({ maxLength: 30 }), (article, text, exact) => {
        const written = annotation(article, 3, exact === '' ? 'x' : exact, { note: text, tags: ['b', 'a'] });
        const { front, body } = splitExport(exportArticleNotes(article, [written], EXPORTED_AT));
        const expected: Record<string, unknown> = { title: article.title, source: article.source };
        if (article.date !== undefined) expected.date = article.date;
        expected['exported-at'] = '2024-05-06T07:08:09.000Z';
        expected.tags = ['a', 'b'];
        expect(front).toEqual(expected);
        expect(firstFenceContent(body) ?? '').toBe(text);
      }),
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
            }),
          ],
        },
      ],
      EXPORTED_AT,
    );
    expect(notebook).toBe(notebookGolden);
  });

  it('says plainly when there is nothing to export', () => {
    expect(exportNotebook([{ article: heliguy, annotations: [] }], EXPORTED_AT)).toBe(
      '---\ntitle: Airgap notebook\nexported-at: 2024-05-06T07:08:09.000Z\ntags: []\narticles: 0\n---\n\n' +
        '# Airgap notebook\n\nNo highlights or notes yet.\n',
    );
  });

  it('returns every note exactly, whatever the article titles', () => {
    const item = fc.record({
      title: fc.string({ unit: 'binary', maxLength: 30 }),
      note: fc.string({ unit: 'binary', maxLength: 60 }),
    });
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 4 }), (specs) => {
        const items = specs.map(({ title, note }, i) => {
          const article: ArticleMeta = { id: `a${i}`, title, source: 'S' };
          return { article, annotations: [annotation(article, 0, 'q', { note: `${note}` })] };
        });
        const { front, body } = splitExport(exportNotebook(items, EXPORTED_AT));
        expect(front).toEqual({
          title: 'Airgap notebook',
          'exported-at': '2024-05-06T07:08:09.000Z',
          tags: [],
          articles: specs.length,
        });
        const sections = body.split(/^## /m).slice(1);
        expect(sections).toHaveLength(specs.length);
        sections.forEach((section, i) => expect(firstFenceContent(section) ?? '').toBe(specs[i]!.note));
      }),
    );
  });
});

describe('exportFileName', () => {
  it('names a notebook by its UTC export date', () => {
    expect(exportFileName('notebook', EXPORTED_AT)).toBe('airgap-notebook-2024-05-06.md');
  });

  it('names an article export by a slug of its title', () => {
    expect(exportFileName(heliguy, EXPORTED_AT)).toBe(
      'no-evidence-of-drone-data-going-to-dji-or-china-notes-2024-05-06.md',
    );
    expect(exportFileName({ ...dronedj, title: 'Überwachung: CON/../*?' }, EXPORTED_AT)).toBe(
      'überwachung-con-notes-2024-05-06.md',
    );
    expect(exportFileName({ ...dronedj, title: '!!!' }, EXPORTED_AT)).toBe(
      'dronedj-data-security-notes-2024-05-06.md',
    );
  });

  it('gives a short name of letters, digits and dashes for any title and id', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (title, id) => {
        const name = exportFileName({ id, title, source: 's' }, EXPORTED_AT);
        expect(name).toMatch(/^[\p{L}\p{M}\p{N}]+(-[\p{L}\p{M}\p{N}]+)*\.md$/u);
        expect(Array.from(name).length).toBeLessThanOrEqual(60 + '-notes-2024-05-06.md'.length);
      }),
    );
  });
});
