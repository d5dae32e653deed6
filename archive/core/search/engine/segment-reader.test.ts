import { describe, expect, it } from 'vitest';
import type { Article } from '../../articles/article';
import { buildSegment, SegmentBuilder } from './segment-builder';
import { joinChunks, SegmentFormatError } from './segment-format';
import { SegmentReader } from './segment-reader';

const articles: Article[] = [
  {
    id: 'b-audit',
    title: 'No evidence of drone data going to DJI',
    source: 'Heliguy',
    date: '2021-03-03',
    blocks: [{ kind: 'paragraph', text: 'The audit praised encryption. Drone data stays on the drone.' }],
  },
  { id: 'a-fleet', title: 'Interior grounds its drone fleet', source: 'DroneDJ', blocks: [] },
];

describe('SegmentReader', () => {
  it('reads back the documents, sorted by id, with their metadata', () => {
    const reader = new SegmentReader(buildSegment(articles).index);
    expect(reader.docs.map((d) => d.id)).toEqual(['a-fleet', 'b-audit']);
    expect(reader.docs[1]).toEqual({
      id: 'b-audit',
      title: articles[0]!.title,
      source: 'Heliguy',
      date: '2021-03-03',
    });
  });

  it('finds terms, their per-field postings with term frequencies, and field lengths', () => {
    const reader = new SegmentReader(buildSegment(articles).index);
    const drone = reader.find('drone');
    expect(drone).toBeGreaterThanOrEqual(0);
    const body: [number, number][] = [];
    reader.forEachPosting(drone, 1, (doc, tf) => body.push([doc, tf]));
    expect(body).toEqual([[1, 2]]);
    expect(reader.postingCount(drone, 0)).toBe(2);
    expect(reader.find('nowhere')).toBe(-1);
    expect(reader.fieldLength(0, 1)).toBe(0);
  });

  it('reads token positions, counting stop words, only once the positions file is attached', () => {
    const files = buildSegment(articles);
    const reader = new SegmentReader(files.index);
    expect(() => reader.positionsOf(reader.find('data'), 1)).toThrow(SegmentFormatError);
    reader.attachPositions(files.positions);
    expect([...(reader.positionsOf(reader.find('data'), 1).get(1) ?? [])]).toEqual([5]);
  });

  it('reads positions of only the wanted documents, stepping over the others to the same results', () => {
    const files = buildSegment(articles);
    const reader = new SegmentReader(files.index);
    reader.attachPositions(files.positions);
    for (const term of ['data', 'drone', 'the']) {
      const rank = reader.find(term);
      if (rank < 0) continue;
      const all = reader.positionsOf(rank, 1);
      const odd = reader.positionsOf(rank, 1, (doc) => doc % 2 === 1);
      expect([...odd.keys()]).toEqual([...all.keys()].filter((doc) => doc % 2 === 1));
      for (const [doc, list] of odd) expect(list).toEqual(all.get(doc));
    }
  });

  it('writes as chunks the same bytes as in one array, each section where the header says', () => {
    const built = (chunks: boolean) => {
      const builder = new SegmentBuilder();
      for (const article of articles) builder.add(article);
      if (!chunks) return builder.finish();
      const { index, positions } = builder.finishChunks();
      expect(index.length).toBeGreaterThan(1);
      return { index: joinChunks(index), positions: joinChunks(positions) };
    };
    const whole = built(false);
    expect(built(true)).toEqual(whole);
    const reader = new SegmentReader(built(true).index);
    expect(reader.docs.map((d) => d.id)).toEqual(['b-audit', 'a-fleet']);
  });

  it('gives identical files whatever order the articles come in', () => {
    expect(buildSegment([...articles].reverse()).index).toEqual(buildSegment(articles).index);
  });

  it('refuses a file that is not an index, cut short, from another version or with sections that disagree', () => {
    const good = buildSegment(articles).index;
    const expectRefused = (bytes: Uint8Array, message: RegExp) =>
      expect(() => new SegmentReader(bytes)).toThrow(message);
    expectRefused(new Uint8Array(0), /empty or cut short/);
    expectRefused(new TextEncoder().encode('<!doctype html><html>'), /not an Airgap search file/);
    expectRefused(good.slice(0, good.length - 40), /cut short/);
    const otherVersion = good.slice();
    otherVersion[4] = 9;
    expectRefused(otherVersion, /version 9/);
    const damaged = good.slice();
    damaged.fill(0x20, 12, 40);
    expectRefused(damaged, /damaged header/);
    expect(() =>
      new SegmentReader(good).attachPositions(buildSegment(articles.slice(0, 1)).positions),
    ).toThrow(/another index/);
  });
});
