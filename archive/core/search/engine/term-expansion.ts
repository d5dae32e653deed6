import type { TermDictionary } from './segment-reader';

/** Most dictionary nodes one wildcard or fuzzy term may visit; past it the expansion stops and says so. */
const MAX_VISITED_NODES = 400_000;
/** Most terms one wildcard or fuzzy term may expand to before it is cut. */
export const MAX_EXPANDED_TERMS = 50_000;

/** The terms of a dictionary a query term stands for, and whether a cap cut the expansion short. */
export interface Expansion {
  ranks: number[];
  capped: boolean;
}

/** A query term as Lunr's `TokenSet.fromClause` reads it: a glob with `*`, or a word with an edit distance. */
export interface TermPattern {
  term: string;
  editDistance?: number;
}

// A small NFA over the term's characters. States are numbers; a set of them is kept as a sorted, deduplicated
// array. Walking it along the sorted dictionary, one character per level, visits each shared prefix once, which
// is what Lunr's TokenSet.intersect does without building either automaton as objects.
interface Automaton {
  /** The characters the automaton tells apart: every other character steps the same way as OTHER does. */
  alphabet: ReadonlySet<number>;
  start: number[];
  step(states: readonly number[], char: number): number[];
  accepts(states: readonly number[]): boolean;
}

/**
 * Expands a query term against a dictionary exactly as Lunr matches `TokenSet.fromClause(clause)` against its
 * index: `*` matches any run of characters, `~n` accepts Lunr's edits (insert, delete, substitute, transpose
 * adjacent) up to n, both within the caps above.
 */
export function expandTerm(dictionary: TermDictionary, pattern: TermPattern): Expansion {
  const { term, editDistance } = pattern;
  if (editDistance === undefined && !term.includes('*')) {
    const rank = findRank(dictionary, term);
    return { ranks: rank < 0 ? [] : [rank], capped: false };
  }
  const automaton = editDistance === undefined ? globAutomaton(term) : fuzzyAutomaton(term, editDistance);
  return walk(dictionary, automaton);
}

function findRank(dictionary: TermDictionary, term: string): number {
  const [lo, hi] = childRange(dictionary, 0, dictionary.termCount, term);
  return hi > lo && dictionary.termLength(lo) === term.length ? lo : -1;
}

// The ranks whose terms start with `prefix`, narrowing one character at a time.
function childRange(dictionary: TermDictionary, lo: number, hi: number, prefix: string): [number, number] {
  for (let depth = 0; depth < prefix.length && lo < hi; depth++) {
    const char = prefix.charCodeAt(depth);
    lo = firstFrom(dictionary, lo, hi, depth, (c) => c >= char);
    hi = firstFrom(dictionary, lo, hi, depth, (c) => c > char);
  }
  return [lo, hi];
}

// Within ranks sharing `depth` characters, the first whose character at `depth` satisfies a monotone test; a
// term exactly `depth` long sorts first and counts as below every character.
function firstFrom(
  d: TermDictionary,
  lo: number,
  hi: number,
  depth: number,
  test: (c: number) => boolean,
): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (d.termLength(mid) > depth && test(d.charAt(mid, depth))) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

// A set of NFA states met during a walk, kept once: its acceptance and its transitions are worked out on first
// use and reused (a lazy DFA). Many branches of the dictionary reach the same sets, so a fuzzy word's walk does a
// fraction of the NFA steps it would otherwise.
interface DfaState {
  states: readonly number[];
  accepts: boolean;
  next: Map<number, DfaState | null>;
}

function lazyDfa(automaton: Automaton): {
  start: DfaState;
  step(from: DfaState, char: number): DfaState | null;
} {
  const known = new Map<string, DfaState>();
  const intern = (states: readonly number[]): DfaState => {
    const key = states.join(',');
    let state = known.get(key);
    if (state === undefined) {
      state = { states, accepts: automaton.accepts(states), next: new Map() };
      known.set(key, state);
    }
    return state;
  };
  return {
    start: intern(automaton.start),
    step(from, char) {
      // A character the pattern never mentions is any character to the automaton: one transition serves all
      // of them, so a walk works out a handful per state instead of one per letter the dictionary holds.
      const key = automaton.alphabet.has(char) ? char : OTHER;
      let to = from.next.get(key);
      if (to === undefined) {
        const states = automaton.step(from.states, key);
        to = states.length === 0 ? null : intern(states);
        from.next.set(key, to);
      }
      return to;
    },
  };
}

function walk(dictionary: TermDictionary, automaton: Automaton): Expansion {
  const ranks: number[] = [];
  const dfa = lazyDfa(automaton);
  let visited = 0;
  let capped = false;
  const visit = (lo: number, hi: number, depth: number, state: DfaState): void => {
    if (capped) return;
    if (++visited > MAX_VISITED_NODES) {
      capped = true;
      return;
    }
    let from = lo;
    if (dictionary.termLength(lo) === depth) {
      if (state.accepts) ranks.push(lo);
      from++;
    }
    if (ranks.length >= MAX_EXPANDED_TERMS) {
      capped = true;
      return;
    }
    while (from < hi) {
      const char = dictionary.charAt(from, depth);
      const to = firstFrom(dictionary, from, hi, depth, (c) => c > char);
      const next = dfa.step(state, char);
      if (next !== null) visit(from, to, depth + 1, next);
      from = to;
    }
  };
  if (dictionary.termCount > 0) visit(0, dictionary.termCount, 0, dfa.start);
  return { ranks, capped };
}

const STAR = '*'.charCodeAt(0);
/** Stands for every character outside an automaton's alphabet (no UTF-16 code unit is negative). */
const OTHER = -1;

function alphabetOf(text: string): Set<number> {
  const alphabet = new Set<number>();
  for (let i = 0; i < text.length; i++) alphabet.add(text.charCodeAt(i));
  return alphabet;
}

// State j: the first j characters of the pattern are matched. A `*` may match nothing, so it is skipped freely.
function globAutomaton(pattern: string): Automaton {
  const m = pattern.length;
  const close = (states: number[]): number[] => {
    const out = new Set<number>();
    for (let j of states) {
      out.add(j);
      while (j < m && pattern.charCodeAt(j) === STAR) out.add(++j);
    }
    return [...out].sort((a, b) => a - b);
  };
  return {
    alphabet: alphabetOf(pattern),
    start: close([0]),
    step(states, char) {
      const next: number[] = [];
      for (const j of states) {
        if (j >= m) continue;
        const want = pattern.charCodeAt(j);
        if (want === STAR) next.push(j);
        else if (want === char) next.push(j + 1);
      }
      return close(next);
    },
    accepts: (states) => states.includes(m),
  };
}

/**
 * Lunr's fuzzy matcher (`TokenSet.fromFuzzyString`) as an NFA. Its frames hold the rest of the word still to
 * match, which is always either a suffix `s[i..]` or a character moved by a transposition followed by a suffix,
 * `s[p] + s[i..]`, plus the edits left. Each state packs (p, i, edits); for equal (p, i) only the most edits
 * left matters. A state whose rest is empty accepts, as Lunr marks such nodes final.
 */
function fuzzyAutomaton(word: string, maxEdits: number): Automaton {
  const n = word.length;
  const span = n + 2;
  const pack = (p: number, i: number, e: number): number => ((p + 1) * span + i) * (maxEdits + 1) + e;
  const unpack = (state: number): [number, number, number] => {
    const e = state % (maxEdits + 1);
    const rest = (state - e) / (maxEdits + 1);
    return [Math.floor(rest / span) - 1, rest % span, e];
  };
  const rest = (p: number, i: number): [number, number] => (p >= 0 ? [-1, i] : [-1, i + 1]);
  const length = (p: number, i: number): number => (p >= 0 ? 1 : 0) + n - i;
  const first = (p: number, i: number): number => word.charCodeAt(p >= 0 ? p : i);

  // Keeps, for each (p, i), the state with the most edits left, and adds Lunr's deletions (edits without input).
  const close = (states: Iterable<number>): number[] => {
    const best = new Map<number, number>();
    const queue = [...states];
    while (queue.length > 0) {
      const [p, i, e] = unpack(queue.pop()!);
      const key = (p + 1) * span + i;
      if ((best.get(key) ?? -1) >= e) continue;
      best.set(key, e);
      if (e > 0 && length(p, i) >= 1) queue.push(pack(...rest(p, i), e - 1));
    }
    return [...best].map(([key, e]) => key * (maxEdits + 1) + e).sort((a, b) => a - b);
  };

  return {
    alphabet: alphabetOf(word),
    start: close([pack(-1, 0, maxEdits)]),
    step(states, char) {
      const next: number[] = [];
      for (const state of states) {
        const [p, i, e] = unpack(state);
        const len = length(p, i);
        if (len > 0 && first(p, i) === char) next.push(pack(...rest(p, i), e));
        if (e === 0) continue;
        next.push(pack(p, i, e - 1)); // insertion of any character
        if (len >= 1) next.push(pack(...rest(p, i), e - 1)); // substitution by any character
        if (len > 1) {
          const second = word.charCodeAt(p >= 0 ? i : i + 1);
          // Transposition: the second character is read now and the first is still to come.
          if (second === char) next.push(p >= 0 ? pack(p, i + 1, e - 1) : pack(i, i + 2, e - 1));
        }
      }
      return close(next);
    },
    accepts: (states) =>
      states.some((state) => length(...(unpack(state).slice(0, 2) as [number, number])) === 0),
  };
}
