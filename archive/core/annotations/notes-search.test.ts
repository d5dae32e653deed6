import { describe, expect, it } from 'vitest';
import type { Annotation } from './annotation';
import { createNotesSearch } from './notes-search';

const note = (id: string, exact: string, text: string, tags: string[] = []): Annotation => ({
  id,
  articleId: 'a',
  color: 'yellow',
  note: text,
  tags,
  textHash: 'fnv1a64:0',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start: 0, end: exact.length },
});

const notes = [
  note('1', 'Booz Allen Hamilton', 'Who paid for the audit?', ['audit']),
  note('2', 'AES-256 encryption', 'Still true in 2024?', ['crypto']),
  note('3', 'flight logs are kept on the device', 'Compare with the DHS warning.'),
];

describe('createNotesSearch', () => {
  it('finds highlights by quote, note and tag with the archive query syntax', async () => {
    const search = createNotesSearch(notes);
    const ids = async (q: string) => {
      const answer = await search.search(q);
      return answer.status === 'ok' ? answer.hits.map((h) => h.annotation.id) : answer.status;
    };
    expect(await ids('audit')).toEqual(['1']);
    expect(await ids('encryption')).toEqual(['2']);
    expect(await ids('"flight logs"')).toEqual(['3']);
    expect(await ids('crypto')).toEqual(['2']);
    expect(await ids('compar*')).toEqual(['3']);
    expect(await ids('+audit -booz')).toEqual([]);
    expect(await ids('')).toBe('empty');
    expect(await ids('title:')).toBe('invalid');
  });

  it('answers nothing found, not an error, when there are no notes', async () => {
    expect(await createNotesSearch([]).search('drone')).toEqual({ status: 'ok', hits: [] });
  });
});
