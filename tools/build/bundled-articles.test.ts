import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainText } from '../../archive/core/articles/article';
import { parseArticleData } from '../../archive/core/articles/data-files';
import { anchor, type AnchorTarget } from '../../archive/core/annotations/anchoring';
import { readArticles } from './bundled-articles';

const root = path.join(import.meta.dirname, '..', '..');

// The richer article model added fields beside the text: every bundled article reads through the data file
// check exactly as it was written, and the highlights an earlier release stored on it are found by their quotes.
describe('bundled articles under the richer article model', () => {
  it('read back through the data file check unchanged, every block and every offset', async () => {
    const articles = await readArticles();
    expect(articles.length).toBeGreaterThan(10);
    for (const article of articles) {
      const data = parseArticleData(JSON.parse(JSON.stringify(article)));
      expect(data.blocks).toStrictEqual(article.blocks);
      expect(plainText(data.blocks)).toBe(plainText(article.blocks));
    }
  });

  it('keep the highlights a v1 profile stored on them, found by their quotes, never approximately', async () => {
    const articles = await readArticles();
    const v1 = JSON.parse(
      readFileSync(path.join(root, 'renderer', 'db', 'fixtures', 'schema-v1.json'), 'utf8'),
    );
    const rows = (v1.rows.annotations as (AnchorTarget & { id: string; articleId: string })[]).filter(
      (row) => row.id !== 'hand-edited-record',
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const article = articles.find((a) => a.id === row.articleId)!;
      const text = plainText(parseArticleData(JSON.parse(JSON.stringify(article))).blocks);
      const found = anchor(text, row);
      expect(found && text.slice(found.range.start, found.range.end)).toBe(row.quote.exact);
      expect(found?.method).not.toBe('approximate');
    }
  });
});
