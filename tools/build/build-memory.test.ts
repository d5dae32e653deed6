import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../archive/core/articles/article';
import { articleMeta } from '../../archive/core/articles/article-summary';
import { SegmentBuilder } from '../../archive/core/search';

// A collection the test can ask for, as `--expose-gc` would give it, without a flag on the whole test run.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

const ARTICLES = 24;
const TEXT_CHARS = 500_000;

// An article as a parser makes one: its title and paragraph cut from the file's text, with long words of its own
// (a word of 13 letters or more is where V8 keeps a cut string as a view into its source).
function articleFromFile(n: number): Article {
  const tag = n.toString(26).replace(/./g, (c) => String.fromCharCode(97 + parseInt(c, 26)));
  const file =
    `# The memory of a long build, article ${tag}\n\n` +
    `uncharacteristically${tag} extraordinarily${tag} ` +
    'plain words fill the body of this article '.repeat(TEXT_CHARS / 42);
  const heading = file.indexOf('\n');
  return {
    id: file.slice(2, heading).replace(/ /g, '-'),
    title: file.slice(2, heading),
    source: 'memory test',
    blocks: [{ kind: 'paragraph', text: file.slice(heading + 2) }],
  };
}

function heapAfterCollecting(): number {
  collect();
  collect();
  return process.memoryUsage().heapUsed;
}

describe('a build holding many articles', () => {
  it('keeps its terms and metadata without keeping the articles’ text alive', () => {
    const builder = new SegmentBuilder();
    const metas = [];
    const before = heapAfterCollecting();
    for (let n = 0; n < ARTICLES; n++) {
      const article = articleFromFile(n);
      builder.add(article);
      metas.push(articleMeta(article));
    }
    const grown = heapAfterCollecting() - before;
    // The texts were 12 million characters; what stays is the index and the metadata.
    expect(grown).toBeLessThan((ARTICLES * TEXT_CHARS) / 4);
    expect(builder.docCount).toBe(ARTICLES);
    expect(metas[3]!.title).toBe('The memory of a long build, article d');
  });
});
