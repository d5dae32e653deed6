import fc from 'fast-check';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../articles/article';
import { TermAnalyzer } from './analyzer';
import { evaluate, type EngineClause } from './evaluate';
import { SegmentSet } from './segment-set';
import { languageSteps } from './languages';
import { SEARCH_LANGUAGES, searchLanguageOf, type SearchLanguage } from '../language-tags';
import { buildLunrReference, byId, queryLunrReference } from './lunr-reference';
import { buildSegment } from './segment-builder';
import { SegmentReader } from './segment-reader';

const QueryParser = (
  lunr as unknown as { QueryParser: new (q: string, into: lunr.Query) => { parse(): lunr.Query } }
).QueryParser;

describe('searchLanguageOf', () => {
  it('reads two- and three-letter codes, regions and ZIM lists, and falls back to English', () => {
    expect(searchLanguageOf('fr')).toBe('fr');
    expect(searchLanguageOf('fra')).toBe('fr');
    expect(searchLanguageOf('fre')).toBe('fr');
    expect(searchLanguageOf('fr-CA')).toBe('fr');
    expect(searchLanguageOf('rus,eng')).toBe('ru');
    expect(searchLanguageOf(' DEU ')).toBe('de');
    expect(searchLanguageOf('nob')).toBe('no');
    expect(searchLanguageOf('nb')).toBe('no');
    expect(searchLanguageOf('eng')).toBe('en');
    expect(searchLanguageOf('zho')).toBe('en');
    expect(searchLanguageOf('xx')).toBe('en');
    expect(searchLanguageOf('')).toBe('en');
    expect(searchLanguageOf(undefined)).toBe('en');
  });

  it('maps any string to a language it can analyse', () => {
    fc.assert(
      fc.property(fc.string(), (tag) => {
        expect(SEARCH_LANGUAGES).toContain(searchLanguageOf(tag));
      }),
    );
  });
});

describe('per-language analysis', () => {
  it('loads every language, each with stop words and, where lunr-languages has one, a stemmer', () => {
    for (const language of SEARCH_LANGUAGES) {
      const steps = languageSteps(language);
      expect(steps.stop, language).toBeDefined();
      const stemmer = steps.afterStop.find((fn) =>
        String((fn as { label?: string }).label).startsWith('stemmer'),
      );
      if (language !== 'hy' && language !== 'ko') expect(stemmer, language).toBeDefined();
    }
  });

  it.each([
    ['fr', 'données', 'donnée', 'les'],
    ['ru', 'журналы', 'журналов', 'и'],
    ['de', 'Drohnen', 'Drohne', 'und'],
    ['es', 'drones', 'dron', 'los'],
    ['it', 'dati', 'dato', 'della'],
    ['el', 'δεδομένων', 'δεδομένα', 'και'],
  ] as const)('stems %s words to one term and leaves its stop words out', (language, a, b, stop) => {
    const analyzer = new TermAnalyzer(language);
    const stem = (word: string) => analyzer.termsOf(word.toLowerCase())[0];
    expect(stem(a)).toBeDefined();
    expect(stem(a)).toBe(stem(b));
    expect(analyzer.queryTermsOf(b.toLowerCase())).toContain(stem(a));
    expect(analyzer.termsOf(stop)).toEqual([]);
    // English analysis knows neither: the stop word is indexed, the forms stay apart.
    expect(new TermAnalyzer('en').termsOf(stop)).not.toEqual([]);
  });

  it('indexes the word as written beside its stem, for wildcard, fuzzy and half-typed words', () => {
    expect(new TermAnalyzer('fr').termsOf('journaux')).toEqual(['journal', 'journaux']);
    // The stem is accent-folded as French analysis does; the word keeps its accents, as a prefix is typed.
    expect(new TermAnalyzer('fr').termsOf('données')).toEqual(['donne', 'données']);
    expect(new TermAnalyzer('el').termsOf('δεδομένων')).toEqual(['δεδομεν', 'δεδομένων']);
    // English as before languages: stem, word, and a possessive's owner.
    expect(new TermAnalyzer('en').termsOf("dji's")).toEqual(["dji'", "dji's", 'dji']);
  });
});

// Small vocabularies so generated articles share words and queries match several of them.
const WORDS: Readonly<Partial<Record<SearchLanguage, readonly string[]>>> = {
  fr: [
    'données',
    'donnée',
    'journaux',
    'journal',
    'vol',
    'vols',
    'les',
    'de',
    'serveur',
    'serveurs',
    'sécurité',
  ],
  ru: ['данные', 'данных', 'журналы', 'журнал', 'полётов', 'и', 'на', 'сервер', 'серверы', 'безопасность'],
  de: ['Daten', 'Drohne', 'Drohnen', 'und', 'der', 'Server', 'Flug', 'Flüge', 'Sicherheit', 'geprüft'],
  ar: ['بيانات', 'الرحلات', 'رحلة', 'خوادم', 'الشركة', 'في', 'من', 'الطائرة', 'أمن'],
};

function articlesArb(words: readonly string[]): fc.Arbitrary<Article[]> {
  const text = (max: number) => fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: max });
  return fc
    .array(fc.record({ title: text(3), body: text(12) }), { minLength: 1, maxLength: 8 })
    .map((drafts) =>
      drafts.map((d, i) => ({
        id: `a${i}`,
        title: d.title.join(' '),
        source: 'Test',
        blocks: [{ kind: 'paragraph' as const, text: d.body.join(' ') }],
      })),
    );
}

describe('agreement with lunr.Index over the same language pipeline', () => {
  it.each(Object.keys(WORDS) as SearchLanguage[])(
    'ranks %s articles exactly as Lunr with lunr-languages',
    (language) => {
      const words = WORDS[language]!;
      const analyzer = new TermAnalyzer(language);
      const parse = (query: string) =>
        (new QueryParser(query, new lunr.Query(['title', 'body'])).parse().clauses as EngineClause[]).filter(
          (c) =>
            !c.usePipeline ||
            (analyzer.queryTermsOf(c.term).length > 0 && analyzer.termsOf(c.term).length > 0),
        );
      const queryArb = fc
        .array(fc.tuple(fc.constantFrom('', '+', '-'), fc.constantFrom(...words)), {
          minLength: 1,
          maxLength: 3,
        })
        .map((parts) => parts.map(([sign, word]) => `${sign}${word.toLowerCase()}`).join(' '));
      fc.assert(
        fc.property(articlesArb(words), queryArb, (generated, query) => {
          const clauses = parse(query);
          fc.pre(clauses.length > 0);
          const articles = byId(generated);
          const titles = new Map(articles.map((a) => [a.id, a.title]));
          const expected = queryLunrReference(buildLunrReference(articles, false, language), clauses, (id) =>
            titles.get(id)!,
          );
          const set = new SegmentSet([new SegmentReader(buildSegment(articles, language).index)]);
          const docs = set.segments[0]!.docs;
          const evaluation = evaluate(set, clauses, analyzer);
          const actual = evaluation
            .top(
              () => true,
              evaluation.matches.length,
              (a, b) =>
                (docs[a]!.title < docs[b]!.title ? -1 : docs[a]!.title > docs[b]!.title ? 1 : 0) ||
                (docs[a]!.id < docs[b]!.id ? -1 : 1),
            )
            .map((m) => ({ id: docs[m.doc]!.id, score: m.score }));
          expect(actual.map((r) => r.id)).toEqual(expected.map((r) => r.id));
          actual.forEach((r, i) => expect(r.score).toBeCloseTo(expected[i]!.score, 9));
        }),
        { numRuns: 150 },
      );
    },
    60_000,
  );

  it('writes the language into the segment and reads it back; an English segment names none', () => {
    const article: Article = {
      id: 'a',
      title: 'Données',
      source: 'T',
      blocks: [{ kind: 'paragraph', text: 'vol' }],
    };
    expect(new SegmentReader(buildSegment([article], 'fr').index).language).toBe('fr');
    const english = buildSegment([article]).index;
    expect(new SegmentReader(english).language).toBe('en');
    expect(new TextDecoder().decode(english)).not.toContain('"language"');
  });
});
