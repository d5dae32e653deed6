import { describe, expect, it } from 'vitest';
import type { Article } from '../articles/article';
import { forEachToken } from './engine/analyzer';
import fixtures from './fixtures/languages.json';
import { ranSearch, searchServiceOver, searchServiceOverLibraries } from '../testing/search-service';
import { searchLanguageOf } from './language-tags';

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

describe('libraries analysed in their own language, searched together', () => {
  const paragraph = (text: string) => [{ kind: 'paragraph' as const, text }];
  const english: Article[] = [
    {
      id: 'en-1',
      title: 'Audits of drone apps',
      source: 'en',
      blocks: paragraph('The PAS protocol was audited.'),
    },
    {
      id: 'en-2',
      title: 'Flight data',
      source: 'en',
      blocks: paragraph('Données and journaux are French words.'),
    },
  ];
  const french: Article[] = [
    {
      id: 'fr-1',
      title: 'Les journaux de vol',
      source: 'fr',
      blocks: paragraph('Les données ne sont pas envoyées.'),
    },
    {
      id: 'fr-2',
      title: 'Sécurité',
      source: 'fr',
      blocks: paragraph('Une donnée personnelle reste sur l’appareil.'),
    },
  ];
  const search = searchServiceOverLibraries([
    { articles: english, language: 'en' },
    { articles: french, language: 'fr' },
  ]);

  it('reads a query in each library’s language: a French form finds the other forms of its word', async () => {
    const response = ranSearch(await search.search('donnée'));
    // English stemming happens to take "données" and "donnée" to one stem too.
    expect(response.results.map((r) => r.meta.id).sort()).toEqual(['en-2', 'fr-1', 'fr-2']);
    const hit = response.results.find((r) => r.meta.id === 'fr-1')!;
    const marked = hit.snippet.highlights.map((h) => hit.snippet.text.slice(h.start, h.end));
    expect(marked).toEqual(['données']);
    // "journal" finds "journaux" only where it is French.
    expect(ranSearch(await search.search('journal')).results.map((r) => r.meta.id)).toEqual(['fr-1']);
    // English stemming still holds over the English library.
    expect(ranSearch(await search.search('audit')).results.map((r) => r.meta.id)).toEqual(['en-1']);
  });

  it('leaves a word out only where it is a stop word, and names it only when left out everywhere', async () => {
    const pas = ranSearch(await search.search('pas'));
    expect(pas.results.map((r) => r.meta.id)).toEqual(['en-1']);
    expect(pas.notices).toEqual([]);
    // "les" is left out in French, and is a word like any other in English (where no article has it).
    const both = ranSearch(await search.search('les données'));
    expect(both.notices).toEqual([]);
    expect(both.results.map((r) => r.meta.id).sort()).toEqual(['fr-1', 'fr-2']);
    // Only words common in every library's language are named as left out.
    const onlyEnglish = searchServiceOverLibraries([{ articles: english, language: 'en' }]);
    expect(ranSearch(await onlyEnglish.search('the données')).notices).toEqual([
      'Left out as too common: “the”.',
    ]);
    expect(ranSearch(await search.search('the données')).notices).toEqual([]);
  });

  it('finds a word of any language while it is still being typed, accents and all', async () => {
    const typed = ranSearch(await search.search('donnée', { typing: true }));
    expect(typed.results.map((r) => r.meta.id).sort()).toEqual(['en-2', 'fr-1', 'fr-2']);
    const half = ranSearch(await search.search('journ', { typing: true }));
    expect(half.results.map((r) => r.meta.id).sort()).toEqual(['en-2', 'fr-1']);
  });

  it('suggests the closest word of whichever library has one, never correcting a word another one knows', async () => {
    const two = searchServiceOverLibraries([
      {
        articles: [{ id: 'e', title: 'Logs', source: 'en', blocks: paragraph('Logs are sent to servers.') }],
        language: 'en',
      },
      {
        articles: [
          {
            id: 'f',
            title: 'Vol',
            source: 'fr',
            blocks: paragraph('Les journaux restent sur les serveurs.'),
          },
        ],
        language: 'fr',
      },
    ]);
    expect(ranSearch(await two.search('journaux serveurz')).suggestion).toBe('journaux serveurs');
    expect(ranSearch(await two.search('logs serveurs')).suggestion).toBeUndefined();
    expect(ranSearch(await two.search('serverz')).suggestion).toBe('servers');
  });

  it('numbers the articles of libraries of one language between others of another as their own', async () => {
    const later: Article[] = [
      { id: 'en-3', title: 'Servers', source: 'en', blocks: paragraph('The servers kept the flight logs.') },
    ];
    const three = searchServiceOverLibraries([
      { articles: english, language: 'en' },
      { articles: french, language: 'fr' },
      { articles: later, language: 'en' },
    ]);
    const hit = ranSearch(await three.search('servers logs')).results;
    expect(hit.map((r) => r.meta.id)).toEqual(['en-3']);
    expect(hit[0]!.snippet.highlights.map((h) => hit[0]!.snippet.text.slice(h.start, h.end))).toEqual([
      'servers',
      'logs',
    ]);
    expect(await three.matchesIn('logs', 'en-3')).toEqual([{ start: 28, end: 32 }]);
    expect(
      ranSearch(await three.search('donnée'))
        .results.map((r) => r.meta.id)
        .sort(),
    ).toEqual(['en-2', 'fr-1', 'fr-2']);
  });

  it('finds phrases in each language and highlights them when an article opens', async () => {
    const phrase = ranSearch(await search.search('"journal de vol"'));
    expect(phrase.results.map((r) => r.meta.id)).toEqual(['fr-1']);
    expect(await search.matchesIn('donnée', 'fr-2')).toEqual([{ start: 4, end: 10 }]);
  });

  it('finds each fixture in a library of its own language by its words and phrase', async () => {
    const libraries = fixtures.map((f) => ({
      articles: articles.filter((a) => a.id === f.id),
      language: searchLanguageOf(f.language),
    }));
    const mixed = searchServiceOverLibraries(libraries);
    for (const fixture of fixtures) {
      expect(ranSearch(await mixed.search(fixture.query)).results.map((r) => r.meta.id)).toEqual([
        fixture.id,
      ]);
      expect(ranSearch(await mixed.search(`"${fixture.phrase}"`)).results.map((r) => r.meta.id)).toEqual([
        fixture.id,
      ]);
    }
  });
});
