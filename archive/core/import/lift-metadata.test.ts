import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block } from '../articles/article';
import { humanDate, liftMetadata } from './lift-metadata';

const p = (text: string): Block => ({ kind: 'paragraph', text });
const h = (text: string): Block => ({ kind: 'heading', text });
const body = p('The audit found no evidence of data going anywhere it should not.');

describe('liftMetadata', () => {
  it('drops a first heading that repeats the title', () => {
    expect(liftMetadata({ title: 'The Audit', blocks: [h('The audit'), body] })).toEqual({
      title: 'The Audit',
      blocks: [body],
    });
  });

  it('takes a byline, with or without a date after it, out of the text', () => {
    expect(liftMetadata({ title: 'T', blocks: [p('By Jane Roe · 3 March 2021'), body] })).toEqual({
      title: 'T',
      blocks: [body],
      byline: 'Jane Roe',
      date: '2021-03-03',
    });
    expect(
      liftMetadata({ title: 'T', blocks: [h('Headline'), p('By Jane Roe'), p('March 3, 2021'), body] }),
    ).toEqual({ title: 'T', blocks: [h('Headline'), body], byline: 'Jane Roe', date: '2021-03-03' });
  });

  it('removes a line repeating the byline the file states elsewhere, and drops its "By"', () => {
    expect(liftMetadata({ title: 'T', byline: 'By Jane Roe', blocks: [p('By Jane Roe'), body] })).toEqual({
      title: 'T',
      byline: 'Jane Roe',
      blocks: [body],
    });
  });

  it('keeps the date the file states, and any line that is more than metadata', () => {
    const blocks = [p('By the end of the audit, nothing had left the phone.'), body];
    expect(liftMetadata({ title: 'T', date: '2020-01-01', blocks })).toEqual({
      title: 'T',
      date: '2020-01-01',
      blocks,
    });
    expect(
      liftMetadata({ title: 'T', date: '2020-01-01', blocks: [p('3 March 2021'), body] }).blocks,
    ).toHaveLength(2);
  });

  it('never empties an article and only ever removes blocks, in order', () => {
    const block = fc.oneof(
      fc.constantFrom(p('By Jane Roe'), p('3 March 2021'), h('T'), p('T'), body),
      fc.string().map(p),
      fc.string().map(h),
    );
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 8 }), (blocks) => {
        const out = liftMetadata({ title: 'T', blocks }).blocks;
        expect(out.length).toBeGreaterThan(0);
        let from = 0;
        for (const b of out) {
          const found = blocks.indexOf(b, from);
          expect(found).toBeGreaterThanOrEqual(from);
          from = found + 1;
        }
      }),
    );
  });
});

describe('humanDate', () => {
  it('reads the dates people write, and nothing that is not a real day', () => {
    expect(humanDate('3 March 2021')).toBe('2021-03-03');
    expect(humanDate('March 3rd, 2021')).toBe('2021-03-03');
    expect(humanDate('Published on Sept. 9, 2020')).toBe('2020-09-09');
    expect(humanDate('2021-03-03')).toBe('2021-03-03');
    expect(humanDate('31 February 2021')).toBeUndefined();
    expect(humanDate('March 2021')).toBeUndefined();
    expect(humanDate('Drones in March')).toBeUndefined();
  });
});
