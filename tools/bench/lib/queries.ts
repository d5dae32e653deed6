import lunr from 'lunr';
import { plainText, type Article } from '../../../archive/core/articles/article';
import { mulberry32, pick, randomInt, type Random } from './random';

/** The kinds of query the benchmark times separately. */
export type QueryClass =
  'common' | 'rare' | 'two-required' | 'prefix' | 'fuzzy' | 'three-terms' | 'phrase' | 'typing';

export const QUERY_CLASSES: readonly QueryClass[] = [
  'common',
  'rare',
  'two-required',
  'prefix',
  'fuzzy',
  'three-terms',
  'phrase',
  'typing',
];

/** Queries made per class (fewer only where the archive is too small to supply them). */
export const QUERIES_PER_CLASS = 40;

/** 24 frequent English content words, none a Lunr stop word. */
export const COMMON_ENGLISH_WORDS: readonly string[] = [
  'time',
  'year',
  'people',
  'world',
  'work',
  'government',
  'school',
  'family',
  'state',
  'country',
  'system',
  'program',
  'public',
  'company',
  'market',
  'water',
  'money',
  'power',
  'house',
  'city',
  'night',
  'report',
  'music',
  'service',
];

/**
 * Queries that make a search engine expand a term into many (or very costly) index look-ups; an engine should
 * answer each quickly, or refuse it, rather than stall.
 */
export const HOSTILE_QUERIES: readonly string[] = [
  // One 298-letter word with edit distance 2: 300 characters.
  `${'security'.repeat(38).slice(0, 298)}~2`,
  'se*',
  COMMON_ENGLISH_WORDS.join(' '),
  'drone^1000000',
  '+a -a',
  'co*',
  // Leading wildcard: every indexed term has to be tested.
  '*tion',
  // Many short prefixes at once.
  'th* an* co* se* pr* re* st* ma*',
  // Two required one-letter prefixes: two huge expansions intersected.
  '+s* +t*',
  // A short word at edit distance 2 matches almost every short term.
  'e~2',
  // A long real word at edit distance 2.
  'international~2',
  // Fuzzy on every word of a long query.
  'governmentt~2 securiity~2 archivve~2 survelance~2 informaton~2 developement~2',
];

const LETTERS = /^[a-z]+$/;

const isStopWord = (word: string): boolean => lunr.stopWordFilter(new lunr.Token(word, {})) === undefined;

const isSeparator = (c: number) => c === 0x20 || c === 0x2d || c === 0x0a || c === 0x09 || c === 0x0d;
const isWordChar = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;

/**
 * The lowercase letters-only words of text, in order, as Lunr's tokenizer and trimmer see them: text between
 * spaces and hyphens with non-word characters trimmed from both ends. Others (like "u.s" or "1961") are left out.
 */
function letterWords(text: string): string[] {
  const lower = text.toLowerCase();
  const words: string[] = [];
  const length = lower.length;
  let at = 0;
  while (at < length) {
    while (at < length && isSeparator(lower.charCodeAt(at))) at++;
    let end = at;
    while (end < length && !isSeparator(lower.charCodeAt(end))) end++;
    let first = at;
    let last = end - 1;
    while (first <= last && !isWordChar(lower.charCodeAt(first))) first++;
    while (last >= first && !isWordChar(lower.charCodeAt(last))) last--;
    let letters = first <= last;
    for (let i = first; letters && i <= last; i++) {
      const c = lower.charCodeAt(i);
      letters = c >= 0x61 && c <= 0x7a;
    }
    if (letters) words.push(lower.slice(first, last + 1));
    at = end;
  }
  return words;
}

const articleText = (a: Article): string => `${a.title}\n\n${plainText(a.blocks)}`;

/**
 * Word frequencies come from at most this many articles (every k-th of a larger archive): counting every word
 * of 50,000 articles would take longer than building some of the indexes being measured.
 */
export const STATS_SAMPLE = 10_000;

/** The number of sampled articles each letters-only word occurs in. */
function documentFrequencies(sample: readonly Article[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const article of sample) {
    for (const word of new Set(letterWords(articleText(article)))) df.set(word, (df.get(word) ?? 0) + 1);
  }
  return df;
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

/** Every word one deletion, transposition, substitution or insertion away from `word`. */
function editsOf(word: string): string[] {
  const edits: string[] = [];
  for (let i = 0; i <= word.length; i++) {
    const [head, tail] = [word.slice(0, i), word.slice(i)];
    if (tail !== '') edits.push(head + tail.slice(1));
    if (tail.length > 1) edits.push(head + (tail[1] ?? '') + (tail[0] ?? '') + tail.slice(2));
    for (const c of ALPHABET) {
      if (tail !== '' && c !== tail[0]) edits.push(head + c + tail.slice(1));
      edits.push(head + c + tail);
    }
  }
  return edits;
}

/** Calls `make` until it has given `count` distinct queries or has failed too often. */
function collect(count: number, make: () => string | undefined): string[] {
  const out = new Set<string>();
  for (let tries = 0; out.size < count && tries < count * 200; tries++) {
    const query = make();
    if (query !== undefined) out.add(query);
  }
  return [...out];
}

/** Picks `k` distinct items in their original order, or undefined if there are fewer. */
function pickOrdered<T>(next: Random, items: readonly T[], k: number): T[] | undefined {
  if (items.length < k) return undefined;
  const chosen = new Set<number>();
  while (chosen.size < k) chosen.add(Math.floor(next() * items.length));
  return [...chosen].sort((a, b) => a - b).map((i) => items[i] as T);
}

/**
 * About QUERIES_PER_CLASS queries of each class, drawn from the words of `articles` (lowercase letters only, no
 * Lunr stop words); the same articles and seed always give the same queries. Frequencies are counted in up to
 * STATS_SAMPLE articles, so on a larger archive a "rare" word (in 2-5 sampled articles) is in proportionally more.
 */
export function benchQueries(articles: readonly Article[], seed = 1): Record<QueryClass, string[]> {
  const next = mulberry32(seed ^ 0x9e3779b9);
  const stride = Math.ceil(articles.length / STATS_SAMPLE);
  const sample = stride === 1 ? articles : articles.filter((_, i) => i % stride === 0);
  const df = documentFrequencies(sample);
  const n = sample.length;
  const content = (word: string, minLength = 4) => word.length >= minLength && !isStopWord(word);
  const byFrequency = [...df.entries()]
    .filter(([w]) => content(w))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));

  // Typos of the reprinted text are nearly all in one article only; words in a few more are real words.
  const real = (word: string) => (df.get(word) ?? 0) >= 3;
  const midFrequency = (word: string) => {
    const f = df.get(word) ?? 0;
    return f >= Math.max(3, n * 0.002) && f <= n * 0.25;
  };
  const randomArticle = () => pick(next, articles);
  const paragraphWords = (article: Article): string[] => {
    const paragraphs = article.blocks.filter((b) => b.kind === 'paragraph');
    return paragraphs.length === 0 ? [] : letterWords(pick(next, paragraphs).text);
  };
  const articleWords = (article: Article, keep: (w: string) => boolean) => [
    ...new Set(letterWords(articleText(article)).filter((w) => content(w) && keep(w))),
  ];

  const common = collect(QUERIES_PER_CLASS, () => pick(next, byFrequency.slice(0, 150))[0]);

  // A recurring typo ("altrenative") looks rare too; a word one edit from a far more frequent word is left out.
  const looksMistyped = (word: string) => {
    const limit = (df.get(word) ?? 0) * 10;
    return editsOf(word).some((variant) => (df.get(variant) ?? 0) > limit);
  };
  const rareBand = (() => {
    // The smallest handful of articles that still offers enough words: 2-5 articles where possible.
    for (const max of [5, 8, 12, 20, 50]) {
      const band = byFrequency.filter(([w, f]) => f >= 2 && f <= max && w.length >= 5).map(([w]) => w);
      if (band.length >= QUERIES_PER_CLASS * 4 || max === 50) return band;
    }
    return [];
  })();
  const rare =
    rareBand.length === 0
      ? []
      : collect(QUERIES_PER_CLASS, () => {
          const word = pick(next, rareBand);
          return looksMistyped(word) ? undefined : word;
        });

  const twoRequired = collect(QUERIES_PER_CLASS, () => {
    const pair = pickOrdered(next, articleWords(randomArticle(), midFrequency), 2);
    return pair && `+${pair[0]} +${pair[1]}`;
  });

  const prefixWords = byFrequency.filter(([w, f]) => w.length >= 6 && f >= 3).map(([w]) => w);
  const prefix = collect(QUERIES_PER_CLASS, () => {
    const word = pick(next, prefixWords.slice(0, 5000));
    return `${word.slice(0, randomInt(next, 3, 4))}*`;
  });

  const fuzzyWords = byFrequency.filter(([w, f]) => w.length >= 5 && f >= 5).map(([w]) => w);
  const fuzzy = collect(QUERIES_PER_CLASS, () => {
    const word = pick(next, fuzzyWords.slice(0, 8000));
    const at = randomInt(next, 1, word.length - 1);
    const letters = ALPHABET.replace(word[at] ?? '', '');
    const changed = word.slice(0, at) + pick(next, [...letters]) + word.slice(at + 1);
    return df.has(changed) ? undefined : `${changed}~1`;
  });

  const threeTerms = collect(QUERIES_PER_CLASS, () => {
    const terms = pickOrdered(next, articleWords(randomArticle(), real), 3);
    return terms?.join(' ');
  });

  const phrase = collect(QUERIES_PER_CLASS, () => {
    const paragraphs = randomArticle().blocks.filter((b) => b.kind === 'paragraph');
    if (paragraphs.length === 0) return undefined;
    // Raw words, so the phrase is only words that stand next to each other with no punctuation between.
    const raw = pick(next, paragraphs).text.split(' ');
    const length = randomInt(next, 2, 3);
    const start = randomInt(next, 0, Math.max(0, raw.length - length));
    const words = raw.slice(start, start + length).map((w) => w.toLowerCase());
    const ok = words.length === length && words.every((w) => LETTERS.test(w) && content(w, 3) && real(w));
    return ok ? `"${words.join(' ')}"` : undefined;
  });

  const typing = collect(QUERIES_PER_CLASS, () => {
    const words = paragraphWords(randomArticle()).filter((w) => content(w) && real(w));
    const terms = pickOrdered(next, words, randomInt(next, 2, 3));
    const last = terms?.pop();
    if (terms === undefined || last === undefined || last.length < 6) return undefined;
    return [...terms, last.slice(0, randomInt(next, 3, 5))].join(' ');
  });

  return {
    common,
    rare,
    'two-required': twoRequired,
    prefix,
    fuzzy,
    'three-terms': threeTerms,
    phrase,
    typing,
  };
}
