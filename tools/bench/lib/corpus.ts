import type { Article, Block } from '../../../archive/core/articles/article';
import { slugify } from '../../../archive/core/articles/slug';
import { gaussian, mulberry32, pick, randomInt, type Random } from './random';
import { MAX_PASSAGE_WORDS, sentences, textSources, type Passage, type TextSource } from './sources';

/**
 * A deterministic archive of real English articles for the search benchmark.
 *
 * Each publication (see sources.ts) reads its source text front to back from a seed-chosen starting point, so
 * until its text is used up (after 2,000-6,500 articles of the stream, depending on the publication) every
 * article is new text in its original order: a run of consecutive paragraphs, sometimes continuing into the
 * next document of the same publication. After that its articles are cut from 1-3 runs at random places, and those
 * reprints differ as reprints and re-keyed text do: numbers change and a few words carry a typo. That keeps
 * articles readable (never shuffled words) while the vocabulary keeps growing with the archive, as a real
 * archive's does through new names, figures and misspellings.
 */

/** Median body length in words before cutting at paragraph ends; gives a mean of about 800 words. */
const MEDIAN_WORDS = 640;
const LENGTH_SIGMA = 0.6;
const MIN_WORDS = 200;
const MAX_WORDS = 2000;
/** Words the source passages of one article may add up to, leaving room for added headings and the title. */
const BODY_BUDGET = MAX_WORDS - 100;
/** Share of words in reprinted text that get a typo: the main source of new words once text repeats. */
const TYPO_RATE = 0.003;
/** Articles that carry a date (the rest have none, as captured pages often do). */
const DATED_SHARE = 0.85;
const FIRST_DAY = Date.UTC(1995, 0, 1);
const DAYS = Math.round((Date.UTC(2025, 11, 31) - FIRST_DAY) / 86_400_000) + 1;
/** The sentence collection is shuffled, not running text: it may not make up a fifth of the articles. */
const MAX_SOURCE_WEIGHT = 350_000;
/** Longest id slug before the article number is appended. */
const SLUG_WORDS_LENGTH = 60;

/**
 * The first `count` articles of the benchmark archive for `seed`. The archive is the same for the same seed
 * on every run, and a longer one starts with the articles of a shorter one.
 */
export function benchArticles(count: number, seed = 1): Article[] {
  const articles: Article[] = [];
  for (const article of benchArticleStream(count, seed)) articles.push(article);
  return articles;
}

/** The articles of `benchArticles(count, seed)` one at a time, so a large archive need not be held at once. */
export function* benchArticleStream(count: number, seed = 1): Generator<Article, void, undefined> {
  const next = mulberry32(seed);
  const publications = textSources().map((source) => new Publication(source, next));
  const weights = publications.map((p) => Math.min(p.source.words, MAX_SOURCE_WEIGHT));
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  for (let index = 0; index < count; index++) {
    let r = next() * totalWeight;
    let at = 0;
    while (at < publications.length - 1 && r >= (weights[at] ?? 0)) r -= weights[at++] ?? 0;
    yield (publications[at] as Publication).article(index);
  }
}

/** Target body length: log-normal, as article lengths are, held to MIN_WORDS..MAX_WORDS. */
function targetWords(next: Random): number {
  const words = Math.round(MEDIAN_WORDS * Math.exp(LENGTH_SIGMA * gaussian(next)));
  return Math.min(MAX_WORDS, Math.max(MIN_WORDS, words));
}

/** Words a headline would not end on; a fragment cut after one of them is cut shorter. */
const DANGLING = new Set(
  [
    'a an the and or but nor so if as at by for from in into of on onto to with than that which who whom whose',
    'i it its he she we you they my our your his her their this these those there',
    'is are was were be been being am has have had do does did will would can could may might must shall should',
    'not no also very just all some any each every',
  ]
    .join(' ')
    .split(' '),
);

/** A word for counting: has a letter or digit (a dash or an ellipsis standing alone is not one). */
const isWord = (token: string) => /[\p{L}\p{N}]/u.test(token);
export const countWords = (text: string): number => text.split(' ').filter(isWord).length;

/**
 * The first `words` words of a sentence (fewer if it would end on a word like "the", but at least
 * `minWords` where the sentence has them) as a heading or title: no quotes, brackets or outer punctuation.
 */
function fragment(sentence: string, words: number, minWords: number): string {
  const tokens = sentence
    .replace(/["“”()[\]]|(?<!\w)[‘']|[’'](?!\w)/g, '')
    .split(' ')
    .filter((t) => t !== '');
  let end = 0;
  let count = 0;
  for (; end < tokens.length && count < words; end++) if (isWord(tokens[end] ?? '')) count++;
  for (; end > 0; end--) {
    const last = tokens[end - 1] ?? '';
    if (isWord(last) && (count <= minWords || !DANGLING.has(last.toLowerCase().replace(/\W+$/, '')))) break;
    if (isWord(last)) count--;
  }
  const text = tokens
    .slice(0, end)
    .join(' ')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** A plausible slip of the keyboard in a lowercase word of 5+ letters. */
function typo(word: string, next: Random): string {
  const at = randomInt(next, 1, word.length - 2);
  const letter = word[at] ?? 'e';
  switch (randomInt(next, 0, 3)) {
    case 0: // transposed
      return word.slice(0, at) + (word[at + 1] ?? '') + letter + word.slice(at + 2);
    case 1: // dropped
      return word.slice(0, at) + word.slice(at + 1);
    case 2: // doubled
      return word.slice(0, at) + letter + word.slice(at);
    default: {
      // a neighbouring key
      const row = KEYBOARD_ROWS.find((r) => r.includes(letter)) ?? KEYBOARD_ROWS[0]!;
      const i = row.indexOf(letter);
      const near = row[i + (i === 0 || (i < row.length - 1 && next() < 0.5) ? 1 : -1)] ?? letter;
      return word.slice(0, at) + near + word.slice(at + 1);
    }
  }
}

const LOWERCASE_WORD = /(?<![\p{L}'’-])\p{Ll}{5,}(?![\p{L}'’-])/gu;

/** Reprinted text: every figure re-keyed, and about TYPO_RATE of the words mistyped. Unchanged text is shared. */
function reprint(text: string, words: number, next: Random): string {
  let out = /\d/.test(text)
    ? text.replace(/\d+/g, (digits) => {
        if (digits.length === 4 && /^(?:19|20)/.test(digits)) return String(randomInt(next, 1900, 2029));
        let figure = digits.length > 1 ? String(randomInt(next, 1, 9)) : '';
        while (figure.length < digits.length) figure += String(randomInt(next, 0, 9));
        return figure;
      })
    : text;
  const expected = words * TYPO_RATE;
  let typos = Math.floor(expected) + (next() < expected % 1 ? 1 : 0);
  if (typos === 0) return out;
  const candidates = [...out.matchAll(LOWERCASE_WORD)];
  const chosen: RegExpExecArray[] = [];
  while (typos-- > 0 && candidates.length > 0) {
    chosen.push(candidates.splice(Math.floor(next() * candidates.length), 1)[0] as RegExpExecArray);
  }
  // Edits go from the end of the text backwards, so each match's offset is still right when it is edited.
  chosen.sort((a, b) => b.index - a.index);
  for (const match of chosen) {
    out = out.slice(0, match.index) + typo(match[0], next) + out.slice(match.index + match[0].length);
  }
  return out;
}

/** One publication's state: where its unread text continues, and how its articles look. */
class Publication {
  private cursor: number;
  private wordsRead = 0;

  constructor(
    readonly source: TextSource,
    private readonly next: Random,
  ) {
    this.cursor = this.documentStartFrom(Math.floor(next() * source.passages.length));
  }

  private get passages(): readonly Passage[] {
    return this.source.passages;
  }

  private documentStartFrom(at: number): number {
    for (let i = 0; i < this.passages.length; i++) {
      const index = (at + i) % this.passages.length;
      if (this.passages[index]?.docStart) return index;
    }
    return at;
  }

  article(index: number): Article {
    const next = this.next;
    const target = targetWords(next);
    const fresh = this.wordsRead < this.source.words;
    const blocks = fresh ? this.readOn(target) : this.reprintRuns(target);
    while (blocks[0]?.kind === 'heading') blocks.shift();
    while (blocks.at(-1)?.kind === 'heading') blocks.pop();
    this.decorate(blocks);
    const title = this.title(blocks);
    const slug =
      slugify(title)
        .slice(0, SLUG_WORDS_LENGTH)
        .replace(/-[^-]*$|-$/, '') || 'article';
    const article: Article = {
      id: `${slug}-${(index + 1).toString(36)}`,
      title,
      source: this.source.name,
      blocks,
    };
    if (next() < DATED_SHARE) {
      article.date = new Date(FIRST_DAY + Math.floor(next() * DAYS) * 86_400_000).toISOString().slice(0, 10);
    }
    return article;
  }

  /** Consecutive passages from `from` until `words` words, never past `budget` words. */
  private run(
    from: number,
    words: number,
    budget: number,
  ): { passages: Passage[]; end: number; words: number } {
    const passages: Passage[] = [];
    let total = 0;
    let at = from;
    for (let taken = 0; total < words && taken < this.passages.length; taken++) {
      const p = this.passages[at] as Passage;
      if (total + p.words > budget) break; // passages are at most MAX_PASSAGE_WORDS, so total >= MIN_WORDS
      at = (at + 1) % this.passages.length;
      passages.push(p);
      total += p.words;
    }
    return { passages, end: at, words: total };
  }

  private readOn(target: number): Block[] {
    const { passages, end, words } = this.run(this.cursor, target, BODY_BUDGET);
    this.cursor = end;
    this.wordsRead += words;
    return passages.map((p) => ({ kind: p.kind, text: p.text }));
  }

  private reprintRuns(target: number): Block[] {
    const next = this.next;
    const runs = target < 500 ? 1 : randomInt(next, 1, 3);
    const blocks: Block[] = [];
    let total = 0;
    for (let r = 0; r < runs && total < target && BODY_BUDGET - total > MAX_PASSAGE_WORDS; r++) {
      let from = Math.floor(next() * this.passages.length);
      while (this.passages[from]?.kind === 'list-item') from = (from + 1) % this.passages.length;
      const share = Math.ceil((target - total) / (runs - r));
      const run = this.run(from, share, BODY_BUDGET - total);
      total += run.words;
      for (const p of run.passages) blocks.push({ kind: p.kind, text: reprint(p.text, p.words, next) });
    }
    return blocks;
  }

  /** Occasional section headings (fragments of this publication's text) and bulleted sentences. */
  private decorate(blocks: Block[]): void {
    const next = this.next;
    if (blocks.length >= 6 && next() < 0.35) {
      for (let at = randomInt(next, 2, 5); at < blocks.length - 1; at += randomInt(next, 3, 7)) {
        if (blocks[at - 1]?.kind === 'heading' || blocks[at]?.kind !== 'paragraph') continue;
        const sentence = pick(next, sentences(pick(next, this.passages).text));
        const heading = fragment(sentence, randomInt(next, 3, 7), 2);
        if (heading !== '') blocks.splice(at, 0, { kind: 'heading', text: heading });
      }
    }
    if (next() < 0.15) {
      const at = blocks.findIndex((b, i) => i > 0 && b.kind === 'paragraph' && sentences(b.text).length >= 3);
      if (at > 0) {
        const items = sentences((blocks[at] as Block).text).map((text) => ({
          kind: 'list-item' as const,
          text,
        }));
        blocks.splice(at, 1, ...items);
      }
    }
  }

  /** 4-12 words from the start of a sentence in the article's first paragraphs. */
  private title(blocks: readonly Block[]): string {
    const next = this.next;
    const long = (b: Block) => sentences(b.text).filter((s) => countWords(s) >= 4);
    const paragraphs = blocks.filter((b) => b.kind === 'paragraph');
    let candidates = paragraphs.slice(0, 4).flatMap(long);
    if (candidates.length === 0) candidates = blocks.flatMap(long);
    const sentence = candidates.length > 0 ? pick(next, candidates) : blocks.map((b) => b.text).join(' ');
    return fragment(sentence, randomInt(next, 4, 12), 4);
  }
}
