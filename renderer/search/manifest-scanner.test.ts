import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ManifestScanner, ManifestSyntaxError } from './manifest-scanner';

/** Feeds the text cut at the given places; returns the article texts (parsed) and the parsed rest. */
function scan(text: string, cuts: readonly number[] = []): { articles: unknown[]; rest: unknown } {
  const scanner = new ManifestScanner();
  const articles: unknown[] = [];
  const at = [0, ...[...cuts].sort((a, b) => a - b), text.length];
  for (let k = 1; k < at.length; k++) {
    for (const piece of scanner.feed(text.slice(at[k - 1], at[k]))) articles.push(JSON.parse(piece));
  }
  return { articles, rest: scanner.finish() };
}

const manifest = {
  version: 2,
  articles: [
    { id: 'a', title: 'Say "hi", {then} [leave]', source: 'S\\' },
    { id: 'b', title: 'Ünïcode — ✓', source: 'T', date: '2020-01-02' },
  ],
  segments: [{ index: 'search/segment-0.bin', positions: 'search/segment-0.pos.bin' }],
};

describe('ManifestScanner', () => {
  it('gives each article as it is read and the rest of the manifest with no articles', () => {
    expect(scan(JSON.stringify(manifest))).toEqual({
      articles: manifest.articles,
      rest: { ...manifest, articles: [] },
    });
  });

  it('reads the same however the text is cut into chunks, inside strings, escapes and keys included', () => {
    const text = JSON.stringify(manifest, null, 1);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: text.length }), { maxLength: 12 }), (cuts) => {
        expect(scan(text, cuts)).toEqual({
          articles: manifest.articles,
          rest: { ...manifest, articles: [] },
        });
      }),
    );
  });

  it('reads any JSON document as JSON.parse does, wherever its articles are', () => {
    const json = fc.jsonValue({ maxDepth: 3 });
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), json, { maxKeys: 4 }),
        fc.array(json, { maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 5 }),
        (others, articles, cuts) => {
          // The articles go anywhere among the other keys.
          const entries = Object.entries(others).filter(([key]) => key !== 'articles');
          const at = cuts.length % (entries.length + 1);
          const text = JSON.stringify(
            Object.fromEntries([...entries.slice(0, at), ['articles', articles], ...entries.slice(at)]),
          );
          const expected = JSON.parse(text) as { articles: unknown[] };
          const result = scan(
            text,
            cuts.map((c) => c % (text.length + 1)),
          );
          expect(result.articles).toEqual(expected.articles);
          expect(result.rest).toEqual({ ...expected, articles: [] });
        },
      ),
    );
  });

  it('leaves a document without articles whole', () => {
    expect(scan('{"version": 2, "segments": []}')).toEqual({
      articles: [],
      rest: { version: 2, segments: [] },
    });
  });

  it.each([
    ['{"articles": [{"id": "a"}', 'ends inside'],
    ['{"articles": [{"id": "a"}, ]}', 'missing'],
    ['{"articles": [, {"id": "a"}]}', 'missing'],
    ['{"articles": []}}', 'closes nothing'],
    ['{"articles": [] "x": 1}', 'JSON'],
  ])('refuses %s', (text, message) => {
    expect(() => scan(text)).toThrow(ManifestSyntaxError);
    expect(() => scan(text)).toThrow(message === 'JSON' ? /./ : message);
  });
});
