import fc from 'fast-check';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { plainText, type Article } from './article';
import { buildSearchSegment, offsetTokenizer, stemAndKeepWord } from './search-index';

const articles: Article[] = [
  {
    id: 'heliguy-audit',
    title: 'No Evidence Of Drone Data Going To DJI',
    source: 'Heliguy',
    date: '2021-03-03',
    blocks: [
      { kind: 'paragraph', text: 'The audit praised AES-256 encryption, “robust” and data-safe.' },
      { kind: 'list-item', text: 'İstanbul office confirmed the findings.' },
      { kind: 'paragraph', text: 'The Department’s review cleared DJI’s drones.' },
    ],
  },
  {
    id: 'dronedj-interior',
    title: 'Interior Department grounds drone fleet',
    source: 'DroneDJ',
    blocks: [{ kind: 'heading', text: 'Security review' }],
  },
];

function load(segment: ReturnType<typeof buildSearchSegment>): lunr.Index {
  return lunr.Index.load(JSON.parse(JSON.stringify(segment.index)));
}

function bodyPositions(index: lunr.Index, query: string, ref: string): string[] {
  const result = index.search(query).find((r) => r.ref === ref);
  const metadata = (result?.matchData.metadata ?? {}) as Record<string, { body?: { position: number[][] } }>;
  const body = plainText(articles.find((a) => a.id === ref)?.blocks ?? []);
  return Object.values(metadata).flatMap((m) =>
    (m.body?.position ?? []).map(([s = 0, l = 0]) => body.slice(s, s + l)),
  );
}

describe('buildSearchSegment', () => {
  it('lists article metadata without bodies, sorted by id', () => {
    const segment = buildSearchSegment(articles);
    expect(segment.version).toBe(1);
    expect(segment.docs).toEqual([
      { id: 'dronedj-interior', title: 'Interior Department grounds drone fleet', source: 'DroneDJ' },
      { id: 'heliguy-audit', title: articles[0]?.title, source: 'Heliguy', date: '2021-03-03' },
    ]);
  });

  it('gives identical JSON whatever the input order', () => {
    const forward = JSON.stringify(buildSearchSegment(articles));
    expect(JSON.stringify(buildSearchSegment([...articles].reverse()))).toBe(forward);
  });

  it('refuses two articles with the same id', () => {
    expect(() => buildSearchSegment([articles[0]!, { ...articles[1]!, id: 'heliguy-audit' }])).toThrow(
      /duplicate article id "heliguy-audit"/,
    );
  });

  it('survives JSON and lunr.Index.load, weighting title words above body words', () => {
    const index = load(buildSearchSegment(articles));
    expect(index.search('aes').map((r) => r.ref)).toEqual(['heliguy-audit']);
    const drone = index.search('security drone');
    expect(drone.map((r) => r.ref)).toEqual(['dronedj-interior', 'heliguy-audit']);
  });

  it('records body positions that cover the word without surrounding punctuation', () => {
    const index = load(buildSearchSegment(articles));
    expect(bodyPositions(index, 'robust', 'heliguy-audit')).toEqual(['robust']);
    expect(bodyPositions(index, 'data', 'heliguy-audit')).toEqual(['data']);
    expect(bodyPositions(index, 'aes', 'heliguy-audit')).toEqual(['AES']);
  });

  it('keeps offsets right after characters that grow when lowercased', () => {
    const index = load(buildSearchSegment(articles));
    expect(bodyPositions(index, 'office', 'heliguy-audit')).toEqual(['office']);
    expect(bodyPositions(index, 'findings', 'heliguy-audit')).toEqual(['findings']);
  });

  it('finds possessives from the plain word and from the possessive itself', () => {
    const index = load(buildSearchSegment(articles));
    expect(bodyPositions(index, 'dji', 'heliguy-audit')).toEqual(['DJI’s']);
    expect(bodyPositions(index, 'DJI’s', 'heliguy-audit')).toEqual(['DJI’s']);
  });

  it('finds a misspelt word with fuzzy matching because the unstemmed word is indexed too', () => {
    const index = load(buildSearchSegment(articles));
    expect(index.search('encrypton~1').map((r) => r.ref)).toEqual(['heliguy-audit']);
  });
});

describe('stemAndKeepWord', () => {
  it('adds the word itself only when stemming changes it', () => {
    expect(stemAndKeepWord(new lunr.Token('encryption', {})).map(String)).toEqual(['encrypt', 'encryption']);
    expect(stemAndKeepWord(new lunr.Token('drone', {})).map(String)).toEqual(['drone']);
  });

  it('also indexes the owner of a possessive, with straight or curly apostrophe', () => {
    expect(stemAndKeepWord(new lunr.Token('dji’s', {})).map(String)).toContain('dji');
    expect(stemAndKeepWord(new lunr.Token("department's", {})).map(String)).toContain('depart');
    expect(stemAndKeepWord(new lunr.Token('’s', {})).map(String)).toEqual(['’s']);
  });
});

describe('offsetTokenizer', () => {
  it('produces the same terms as lunr.tokenizer for any text', () => {
    const text = fc.array(fc.oneof(fc.string(), fc.constantFrom(' ', '-', '\n\n', '“', ',', 'İ', 'Σ')), {
      maxLength: 30,
    });
    fc.assert(
      fc.property(text, (parts) => {
        const joined = parts.join('');
        expect(offsetTokenizer(joined).map(String)).toEqual(lunr.tokenizer(joined).map(String));
      }),
      { numRuns: 500 },
    );
  });

  it('places every token inside the text, on the token with at most its edge punctuation removed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        for (const token of offsetTokenizer(text)) {
          const { position } = (token as unknown as { metadata: { position: number[] } }).metadata;
          const [start = -1, length = -1] = position;
          expect(start).toBeGreaterThanOrEqual(0);
          expect(start + length).toBeLessThanOrEqual(text.length);
          const slice = text.slice(start, start + length);
          expect(slice.toLowerCase().length > 0 || token.toString() === '').toBe(true);
          expect(token.toString()).toContain(slice.toLowerCase());
        }
      }),
      { numRuns: 500 },
    );
  });
});
