import type { Article } from '../../../archive/core/articles/article';
import { mulberry32, pick, randomInt } from './random';

const LETTERS = /^[a-z]+$/;

/**
 * Known-item queries: for `count` articles picked at random (seeded), six consecutive words of one of their
 * paragraphs, as someone who remembers a sentence types it (plain words, no quotes); `number` is the article's
 * place in `articles`, from 1.
 */
export function knownItems(
  articles: readonly Article[],
  count: number,
  seed = 7,
): { query: string; number: number }[] {
  const next = mulberry32(seed);
  const items: { query: string; number: number }[] = [];
  for (let attempt = 0; items.length < count && attempt < count * 50; attempt++) {
    const index = randomInt(next, 0, articles.length - 1);
    const paragraphs = articles[index]!.blocks.filter((b) => b.kind === 'paragraph');
    if (paragraphs.length === 0) continue;
    const words = pick(next, paragraphs).text.split(' ');
    if (words.length < 12) continue;
    const start = randomInt(next, 0, words.length - 6);
    const fragment = words.slice(start, start + 6).map((w) => w.toLowerCase());
    if (!fragment.every((w) => LETTERS.test(w))) continue;
    items.push({ query: fragment.join(' '), number: index + 1 });
  }
  return items;
}
