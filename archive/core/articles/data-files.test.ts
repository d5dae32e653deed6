import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from './article';
import {
  articleDataPath,
  DataFileError,
  parseArticleData,
  parseManifest,
  parseManifestArticle,
  parseManifestHead,
} from './data-files';

const article: Article = {
  id: 'dji-responds',
  title: 'DJI responds',
  source: 'DroneDJ',
  date: '2020-01-29',
  blocks: [
    { kind: 'heading', text: 'Statement' },
    { kind: 'paragraph', text: 'We are not a data company.' },
    { kind: 'list-item', text: 'Point one' },
  ],
};
const meta = { id: article.id, title: article.title, source: article.source, date: article.date };
const segment = { index: 'search/segment-0.bin', positions: 'search/segment-0.pos.bin' };
const manifest = { version: 2, articles: [meta], segments: [segment] };

/** Round-trips through JSON text, as the files are read. */
const viaJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('parseManifest', () => {
  it('accepts a manifest as build-data writes it', () => {
    expect(parseManifest(viaJson(manifest))).toEqual(manifest);
  });

  it.each([
    [null, 'manifest must be an object'],
    [{ ...manifest, version: 1 }, 'manifest: version must be 2; rebuild the app'],
    [{ ...manifest, articles: {} }, 'manifest.articles must be an array'],
    [{ ...manifest, articles: [{ ...meta, title: 7 }] }, 'manifest.articles[0].title must be a string'],
    [{ ...manifest, articles: [{ ...meta, source: ' ' }] }, 'manifest.articles[0].source must not be empty'],
    [
      { ...manifest, articles: [{ ...meta, date: '29/01/2020' }] },
      'manifest.articles[0].date must be YYYY-MM-DD',
    ],
    [
      { ...manifest, articles: [{ ...meta, id: '../etc/passwd' }] },
      'article id "../etc/passwd" is not a lowercase slug',
    ],
    [
      { ...manifest, segments: [{ ...segment, index: '../../secret.bin' }] },
      'manifest.segments[0].index must be a path like "search/segment-0.bin"',
    ],
    [
      { ...manifest, segments: [{ ...segment, positions: 'https://example.com/search/x.pos.bin' }] },
      'manifest.segments[0].positions must be a path',
    ],
    [{ ...manifest, segments: ['search/segment-0.json'] }, 'manifest.segments[0] must be an object'],
  ])('rejects %j with a clear message', (json, message) => {
    expect(() => parseManifest(json)).toThrow(DataFileError);
    expect(() => parseManifest(json)).toThrow(message);
  });
});

describe('parseManifestHead and parseManifestArticle', () => {
  it('check the manifest apart from its articles, and then any one article by its number', () => {
    const damagedArticle = { ...manifest, articles: [meta, { ...meta, title: '' }] };
    const head = parseManifestHead(viaJson(damagedArticle));
    expect(head.segments).toEqual(manifest.segments);
    expect(parseManifestArticle(head.articles[0], 0)).toEqual(meta);
    expect(() => parseManifestArticle(head.articles[1], 1)).toThrow(
      'manifest.articles[1].title must not be empty',
    );
  });

  it('keep an article’s word count and excerpt, and refuse bad ones with where they are', () => {
    const summarised = { ...meta, words: 812, excerpt: 'No evidence to suggest…' };
    expect(parseManifestArticle(viaJson(summarised), 0)).toEqual(summarised);
    expect(() => parseManifestArticle({ ...meta, words: -1 }, 2)).toThrow('manifest.articles[2].words');
    expect(() => parseManifestArticle({ ...meta, words: 1.5 }, 2)).toThrow('whole number');
    expect(() => parseManifestArticle({ ...meta, excerpt: 'x'.repeat(1001) }, 3)).toThrow(
      'manifest.articles[3].excerpt',
    );
  });

  it('reject a damaged head whatever the articles', () => {
    expect(() => parseManifestHead({ ...manifest, version: 3 })).toThrow(DataFileError);
    expect(() => parseManifestHead({ ...manifest, articles: 'none' })).toThrow(
      'manifest.articles must be an array',
    );
  });
});

describe('parseArticleData', () => {
  it('accepts an article with blocks and keeps an absent date absent', () => {
    expect(parseArticleData(viaJson(article))).toEqual(article);
    const undated: Article = { ...article };
    delete undated.date;
    expect(parseArticleData(viaJson(undated))).not.toHaveProperty('date');
  });

  it('names the block that is wrong', () => {
    const bad = { ...article, blocks: [article.blocks[0], { kind: 'quote', text: 'x' }] };
    expect(() => parseArticleData(bad)).toThrow(
      'article.blocks[1]: kind must be one of heading, paragraph, list-item, code, table-row',
    );
    expect(() => parseArticleData({ ...article, blocks: [{ kind: 'heading' }] })).toThrow(
      'article.blocks[0]: text must be a string',
    );
  });
});

describe('articleDataPath', () => {
  it('maps a slug to its file and refuses anything that could leave the folder', () => {
    expect(articleDataPath('dji-responds')).toBe('articles/dji-responds.json');
    for (const id of ['', '..', 'a/b', 'A', '-x', 'a\\b', 'con.json'])
      expect(() => articleDataPath(id)).toThrow(DataFileError);
  });
});

describe('data file properties', () => {
  it('either parses or throws a DataFileError for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        for (const parse of [parseManifest, parseArticleData]) {
          try {
            parse(json);
          } catch (error) {
            expect(error).toBeInstanceOf(DataFileError);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('accepts every article shape it can describe', () => {
    const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/);
    const text = fc.string({ minLength: 1 }).filter((s) => s.trim() !== '');
    const arb = fc.record({
      id: slug,
      title: text,
      source: text,
      blocks: fc.array(
        fc.record({ kind: fc.constantFrom('heading', 'paragraph', 'list-item'), text: fc.string() }),
      ),
    });
    fc.assert(
      fc.property(arb, (a) => {
        expect(parseArticleData(viaJson(a))).toEqual(a);
      }),
    );
  });
});
