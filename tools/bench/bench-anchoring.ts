// The anchoring benchmark (`npm run bench:anchoring`): highlights random passages of real articles, edits the
// text at random (1%, 5%, 10% and 20% of its characters), follows each passage's true place through the edits,
// then anchors every highlight in the edited text and prints how many were found in the right place, made
// orphans, or (the failure that matters) put on the wrong passage.
import { join } from 'node:path';
import { anchor, describePassage, type AnchorMethod } from '../../archive/core/annotations/anchoring';
import { plainText } from '../../archive/core/articles/article';
import { hashText } from '../../archive/core/articles/text-hash';
import { listArchiveFiles, assignIds, readArchiveStream } from '../build/archive-files';
import { benchArticles } from './lib/corpus';
import { mulberry32 } from './lib/random';
import { ms } from './lib/stats';
import { printTable } from '../dev/print-table';
import { editRandomly, overlap, type TrackedPassage } from './lib/text-edits';

const EDIT_RATES = [0.01, 0.05, 0.1, 0.2];
const PASSAGES_PER_ARTICLE = 10;
const CORPUS_ARTICLES = Number(process.argv.find((a) => a.startsWith('--articles='))?.slice(11) ?? 200);
/** An anchored range sharing at least this much with the true one (shared over union) is right. */
const RIGHT_OVERLAP = 0.5;
const SEED = Number(process.argv.find((a) => a.startsWith('--seed='))?.slice(7) ?? 7);

const texts: string[] = [];
const bundledDir = join(import.meta.dirname, '..', '..', 'archive', 'articles');
for await (const outcome of readArchiveStream(
  bundledDir,
  assignIds(await listArchiveFiles(bundledDir)),
  'bench',
)) {
  if (outcome.ok) texts.push(plainText(outcome.article.blocks));
}
for (const article of benchArticles(CORPUS_ARTICLES, SEED)) texts.push(plainText(article.blocks));

interface Tally {
  passages: number;
  right: number;
  orphaned: number;
  wrong: number;
  /** The passage was deleted entirely by the edits: an orphan is the right answer. */
  gone: number;
  goneAnchored: number;
  methods: Record<AnchorMethod, number>;
  ms: number;
}

const rows: string[][] = [];
const wrongExamples: string[] = [];
for (const rate of EDIT_RATES) {
  const random = mulberry32(SEED + Math.round(rate * 1000));
  const tally: Tally = {
    passages: 0,
    right: 0,
    orphaned: 0,
    wrong: 0,
    gone: 0,
    goneAnchored: 0,
    methods: { position: 0, exact: 0, approximate: 0 },
    ms: 0,
  };
  for (const text of texts) {
    if (text.length < 200) continue;
    const hash = hashText(text);
    // Passages of 1 to 30 whole words, as people highlight: a name, a phrase, a sentence.
    const made = Array.from({ length: PASSAGES_PER_ARTICLE }, () => {
      const at = Math.floor(random() * (text.length - 1));
      const space = text.indexOf(' ', at);
      const start = space === -1 || space + 1 >= text.length ? at : space + 1;
      const words = 1 + Math.floor(random() * 30);
      let end = start;
      for (let w = 0; w < words && end < text.length; w++) {
        const next = text.indexOf(' ', end + 1);
        end = next === -1 ? text.length : next;
      }
      return { target: { ...describePassage(text, start, Math.max(end, start + 1)), textHash: hash } };
    });
    const tracked: TrackedPassage[] = made.map((m) => ({ range: { ...m.target.position } }));
    const edited = editRandomly(text, Math.round(text.length * rate), random, tracked);
    const editedHash = hashText(edited);
    made.forEach(({ target }, i) => {
      const truth = tracked[i]!.range;
      const started = performance.now();
      const found = anchor(edited, target, editedHash);
      tally.ms += performance.now() - started;
      tally.passages++;
      if (truth === null) {
        tally.gone++;
        if (found !== null) tally.goneAnchored++;
        return;
      }
      if (found === null) {
        tally.orphaned++;
        return;
      }
      tally.methods[found.method]++;
      if (overlap(found.range, truth) >= RIGHT_OVERLAP) tally.right++;
      else {
        tally.wrong++;
        if (wrongExamples.length < 10) {
          wrongExamples.push(
            `- ${rate * 100}%: quote ${JSON.stringify(target.quote.exact.slice(0, 60))} anchored on ${JSON.stringify(edited.slice(found.range.start, found.range.end).slice(0, 60))} (score ${found.score.toFixed(3)}, ${found.method}); truth ${JSON.stringify(edited.slice(truth.start, truth.end).slice(0, 60))}`,
          );
        }
      }
    });
  }
  const live = tally.passages - tally.gone;
  const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`;
  rows.push([
    `${rate * 100}%`,
    `${tally.passages}`,
    pct(tally.right, live),
    pct(tally.orphaned, live),
    `${tally.wrong} (${pct(tally.wrong, live)})`,
    `${tally.gone} (${tally.goneAnchored} anchored)`,
    `${tally.methods.exact} / ${tally.methods.approximate}`,
    ms(tally.ms / tally.passages),
  ]);
}

console.log(
  `\n${texts.length} articles (${texts.length - CORPUS_ARTICLES} bundled, ${CORPUS_ARTICLES} of real English text), ${PASSAGES_PER_ARTICLE} random passages of 1-30 words each. A highlight is right when its range shares at least ${RIGHT_OVERLAP * 100}% with the passage's true place after the edits.`,
);
printTable(
  'Anchoring after random edits (insert, delete, substitute one character, uniformly over the text)',
  [
    'edited',
    'highlights',
    're-anchored right',
    'orphaned',
    'wrongly anchored',
    'passage deleted entirely',
    'exact / approximate',
    'time per highlight',
  ],
  rows,
);
if (wrongExamples.length > 0) console.log(`\nWrongly anchored:\n${wrongExamples.join('\n')}`);
