import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block } from './article';
import { BlockDataError, parseBlock } from './block-data';

const rich: Block[] = [
  { kind: 'heading', text: 'Findings', level: 3 },
  { kind: 'list-item', text: 'Nested', depth: 2, ordered: true },
  { kind: 'paragraph', text: 'Quoted words', quote: true, inlines: [{ start: 0, end: 6, style: 'em' }] },
  { kind: 'code', text: 'line one\n  line two' },
  { kind: 'table-row', text: 'Maker\tDJI', headers: [0] },
  { kind: 'caption', text: 'A drone' },
  { kind: 'image', text: '', src: 'I/drone.png', alt: 'A drone' },
  {
    kind: 'paragraph',
    text: 'See the audit and the report',
    inlines: [
      { start: 4, end: 13, page: 'A/Audit.html' },
      { start: 8, end: 13, style: 'strong' },
      { start: 18, end: 28, url: 'https://example.org/report' },
    ],
  },
];

describe('parseBlock', () => {
  it('reads back every kind of block with its structure', () => {
    for (const block of rich) expect(parseBlock(JSON.parse(JSON.stringify(block)))).toEqual(block);
  });

  it('reads a block stored before the richer fields existed exactly as it was, adding nothing', () => {
    for (const kind of ['heading', 'paragraph', 'list-item'] as const) {
      const stored = { kind, text: 'Drones send telemetry' };
      expect(Object.keys(parseBlock(stored))).toEqual(['kind', 'text']);
      expect(parseBlock(stored)).toEqual(stored);
    }
  });

  it('keeps only block fields, dropping anything else a record carries', () => {
    expect(parseBlock({ kind: 'paragraph', text: 'x', onclick: 'steal()', html: '<b>x</b>' })).toEqual({
      kind: 'paragraph',
      text: 'x',
    });
  });

  it.each([
    [{ kind: 'heading', text: 'x', level: 7 }, 'level must be a whole number from 1 to 6'],
    [{ kind: 'list-item', text: 'x', depth: -1 }, 'depth must be a whole number from 0 to 8'],
    [{ kind: 'paragraph', text: 'x', quote: 'yes' }, 'quote must be true or false'],
    [{ kind: 'table-row', text: 'a\tb', headers: [2] }, 'headers[] must be a whole number from 0 to 1'],
    [{ kind: 'paragraph', text: 'x', headers: [0] }, 'only a table row has header cells'],
    [{ kind: 'image', text: 'words', src: 'I/a.png' }, 'an image has no text of its own'],
    [{ kind: 'image', text: '' }, 'src must be text of at most 2048 characters'],
    [{ kind: 'paragraph', text: 'x', src: 'I/a.png' }, 'only an image has src and alt'],
    [{ kind: 'paragraph', text: 'abc', inlines: [{ start: 1, end: 9, style: 'em' }] }, 'inline end must be'],
    [{ kind: 'paragraph', text: 'abc', inlines: [{ start: 1, end: 1, style: 'em' }] }, 'inline end must be'],
    [
      { kind: 'paragraph', text: 'abc', inlines: [{ start: 0, end: 2, style: 'blink' }] },
      'inline style must',
    ],
    [
      { kind: 'paragraph', text: 'abc', inlines: [{ start: 0, end: 2, style: 'em', url: 'https://x' }] },
      'exactly one of',
    ],
    [
      {
        kind: 'paragraph',
        text: 'abcd',
        inlines: [
          { start: 0, end: 3, page: 'A' },
          { start: 2, end: 4, url: 'https://x' },
        ],
      },
      'links must not overlap',
    ],
    [
      {
        kind: 'paragraph',
        text: 'abcd',
        inlines: [
          { start: 2, end: 3, style: 'em' },
          { start: 0, end: 1, style: 'em' },
        ],
      },
      'sorted by start',
    ],
  ])('refuses %j: %s', (stored, message) => {
    expect(() => parseBlock(stored)).toThrow(BlockDataError);
    expect(() => parseBlock(stored)).toThrow(message);
  });

  it('gives a block or a BlockDataError for any stored value, never anything else', () => {
    const field = fc.oneof(fc.anything(), fc.integer({ min: -2, max: 10 }), fc.constantFrom('em', 'x', ''));
    const inline = fc.record(
      { start: field, end: field, style: field, page: field, url: field },
      { requiredKeys: [] },
    );
    const stored = fc.record(
      {
        kind: fc.oneof(fc.constantFrom('heading', 'image', 'table-row', 'paragraph'), fc.anything()),
        text: fc.oneof(fc.string(), fc.constant('a\tb'), fc.anything()),
        level: field,
        depth: field,
        headers: fc.oneof(fc.array(field), field),
        src: field,
        inlines: fc.oneof(fc.array(inline, { maxLength: 4 }), field),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(stored, fc.anything()), (value) => {
        try {
          const block = parseBlock(value);
          for (const run of block.inlines ?? []) {
            expect(run.start).toBeLessThan(run.end);
            expect(run.end).toBeLessThanOrEqual(block.text.length);
          }
        } catch (error) {
          expect(error).toBeInstanceOf(BlockDataError);
        }
      }),
      { numRuns: 500 },
    );
  });
});
