import { describe, expect, it } from 'vitest';
import type { Article } from '../articles/article';
import { ranSearch, searchServiceOver } from '../testing/search-service';

const text = (id: string, body: string): Article => ({
  id,
  title: id,
  source: 'Test',
  blocks: [{ kind: 'paragraph', text: body }],
});
const articles = [
  text('a', 'The audit found AES-256 encryption of the flight logs and data security reviews.'),
  text('b', 'Encryption keys stay on the device; security teams checked the encryption twice.'),
  text('c', 'Русские дроны передают данные.'),
];

describe('did you mean', () => {
  it('replaces words the index never saw with its commonest close words, keeping the rest as typed', async () => {
    const search = searchServiceOver(articles);
    expect(ranSearch(await search.search('encrypton')).suggestion).toBe('encryption');
    expect(ranSearch(await search.search('secruity +logs')).suggestion).toBe('security +logs');
    expect(ranSearch(await search.search('данны')).suggestion).toBe('данные');
  });

  it('suggests nothing when every word is known, or nothing in the index is close', async () => {
    const search = searchServiceOver(articles);
    expect(ranSearch(await search.search('encryption logs')).suggestion).toBeUndefined();
    expect(ranSearch(await search.search('xylophone')).suggestion).toBeUndefined();
    // A found query is not second-guessed, even with a word it did not need.
    expect(ranSearch(await search.search('encryption')).suggestion).toBeUndefined();
  });

  it('a suggestion always finds articles', async () => {
    const search = searchServiceOver(articles);
    for (const query of ['encrypton', 'secruity', 'adit', 'flihgt logs']) {
      const suggestion = ranSearch(await search.search(query)).suggestion;
      expect(suggestion, query).toBeDefined();
      expect(ranSearch(await search.search(suggestion!)).total, query).toBeGreaterThan(0);
    }
  });
});
