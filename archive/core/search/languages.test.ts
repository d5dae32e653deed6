import { describe, expect, it } from 'vitest';
import type { Article } from '../articles/article';
import { forEachToken } from './engine/analyzer';
import fixtures from './fixtures/languages.json';
import { ranSearch, searchServiceOver } from '../testing/search-service';

// One short text per script, as an archive in that language would hold it (recorded, not generated), searched
// together in one archive with an English article.
const articles: Article[] = [
  ...fixtures.map((f) => ({
    id: f.id,
    title: f.title,
    source: f.language,
    blocks: [{ kind: 'paragraph' as const, text: f.text }],
  })),
  {
    id: 'en-audit',
    title: 'Drone data audit',
    source: 'en',
    blocks: [{ kind: 'paragraph', text: 'Auditors checked whether the drone app sent flight logs abroad.' }],
  },
];

describe('search in every script', () => {
  it.each(fixtures.map((f) => [f.language, f] as const))(
    'finds the %s article by its words, highlighted in its text, and by a phrase',
    async (_, fixture) => {
      const search = searchServiceOver(articles);
      const response = ranSearch(await search.search(fixture.query));
      expect(response.results.map((r) => r.meta.id)).toEqual([fixture.id]);
      const hit = response.results[0]!;
      const marked = hit.snippet.highlights.map((h) => hit.snippet.text.slice(h.start, h.end)).join(' ');
      for (const word of fixture.query.split(' ')) expect(marked).toContain(word);
      const phrase = ranSearch(await search.search(`"${fixture.phrase}"`));
      expect(phrase.results.map((r) => r.meta.id)).toEqual([fixture.id]);
    },
  );

  it('finds a title word of each script, and nothing for a word of a script no article holds', async () => {
    const search = searchServiceOver(articles);
    for (const fixture of fixtures) {
      const first: string[] = [];
      forEachToken(fixture.title, (t) => first.push(fixture.title.slice(t.start, t.start + t.length)));
      const response = ranSearch(await search.search(first.at(-1)!));
      expect(response.results.map((r) => r.meta.id)).toContain(fixture.id);
    }
    const none = await search.search('ქართული');
    expect(none.status === 'ok' ? none.results : []).toEqual([]);
  });

  it('splits text of scripts written without spaces into words, and keeps words of other scripts whole', () => {
    const words = (text: string) => {
      const out: string[] = [];
      forEachToken(text, (t) => out.push(t.word));
      return out;
    };
    // Where ICU's dictionary draws each boundary differs between its versions: what holds everywhere is that
    // every character is kept, in words of one to a few characters, and Latin letters stay a word of their own.
    for (const text of ['无人机数据安全', 'ドローンのデータ', 'ข้อมูลโดรน']) {
      const parts = words(text);
      expect(parts.join('')).toBe(text);
      expect(parts.length).toBeGreaterThan(1);
    }
    expect(words('DJI的无人机')[0]).toBe('dji');
    expect(words('русский café, «данные»')).toEqual(['русский', 'café,', '«данные»']);
  });
});
