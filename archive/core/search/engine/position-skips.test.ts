import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../articles/article';
import { SKIP_EVERY } from './position-skips';
import { buildSegment, type SegmentFiles } from './segment-builder';
import {
  POSITIONS_MAGIC,
  readContainer,
  SegmentFormatError,
  writeContainer,
  type PositionsHeader,
} from './segment-format';
import { SegmentReader } from './segment-reader';

const WORDS = ['alpha', 'bravo', 'charlie', 'delta'];
const BODY = 1;

function articlesOf(bodies: readonly number[][]): Article[] {
  return bodies.map((words, i) => ({
    id: `doc-${String(i).padStart(4, '0')}`,
    title: 'Report',
    source: 'Test',
    blocks: [{ kind: 'paragraph', text: words.map((w) => WORDS[w]).join(' ') || 'empty' }],
  }));
}

// The same positions file as written before skip entries existed: their two sections left out.
function withoutSkips(files: SegmentFiles): Uint8Array {
  const file = readContainer<PositionsHeader>(files.positions, POSITIONS_MAGIC, 'positions');
  const { fields, termCount } = file.header;
  return writeContainer(
    POSITIONS_MAGIC,
    { fields, termCount },
    { positionStart: file.bytes('positionStart'), positions: file.bytes('positions') },
  );
}

function readers(files: SegmentFiles): [withSkips: SegmentReader, stepping: SegmentReader] {
  const withSkips = new SegmentReader(files.index);
  withSkips.attachPositions(files.positions);
  const stepping = new SegmentReader(files.index);
  stepping.attachPositions(withoutSkips(files));
  return [withSkips, stepping];
}

describe('position skip entries', () => {
  it('move a cursor to the same documents and positions as stepping over every posting does', () => {
    const body = fc.array(fc.nat(WORDS.length - 1), { maxLength: 12 });
    fc.assert(
      fc.property(
        fc.array(body, { minLength: SKIP_EVERY, maxLength: 5 * SKIP_EVERY }),
        fc.array(fc.nat(5 * SKIP_EVERY), { maxLength: 40 }),
        (bodies, targets) => {
          const [withSkips, stepping] = readers(buildSegment(articlesOf(bodies)));
          for (const word of WORDS) {
            const rank = withSkips.find(word);
            if (rank < 0) continue;
            const jumping = withSkips.positionCursor(rank, BODY);
            const walking = stepping.positionCursor(rank, BODY);
            for (const target of [...targets].sort((a, b) => a - b)) {
              expect(jumping.advanceTo(target)).toBe(walking.advanceTo(target));
              expect(jumping.doc).toBe(walking.doc);
              if (jumping.doc === Infinity) break;
              const a = { buffer: new Uint32Array(1) };
              const b = { buffer: new Uint32Array(1) };
              expect([...jumping.read(a)]).toEqual([...walking.read(b)]);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('are written for lists longer than a block and jump over whole blocks', () => {
    // Every document holds "alpha"; one in a hundred also holds "bravo".
    const bodies = Array.from({ length: 40 * SKIP_EVERY }, (_, i) => (i % 100 === 0 ? [0, 1] : [0]));
    const files = buildSegment(articlesOf(bodies));
    const file = readContainer<PositionsHeader>(files.positions, POSITIONS_MAGIC, 'positions');
    // One entry per block after the first, for the two long lists: "report" in titles, "alpha" in bodies.
    expect(file.uint32('skips').length).toBe(2 * 3 * (40 - 1));
    const [withSkips] = readers(files);
    const cursor = withSkips.positionCursor(withSkips.find('alpha'), BODY);
    expect(cursor.advanceTo(2_500)).toBe(true);
    expect([...cursor.read({ buffer: new Uint32Array(1) })]).toEqual([0]);
  });

  it('refuses damaged entries with a message instead of reading the wrong positions', () => {
    const bodies = Array.from({ length: 4 * SKIP_EVERY }, () => [0, 1]);
    const files = buildSegment(articlesOf(bodies));
    const file = readContainer<PositionsHeader>(files.positions, POSITIONS_MAGIC, 'positions');
    const skips = file.uint32('skips');
    skips[3] = skips[0]!; // The second entry's document no longer follows the first's.
    const reader = new SegmentReader(files.index);
    reader.attachPositions(files.positions);
    expect(() => reader.positionCursor(reader.find('alpha'), BODY)).toThrow(SegmentFormatError);

    // Entries for fewer lists than the postings counts call for.
    const { fields, termCount } = file.header;
    const short = writeContainer(
      POSITIONS_MAGIC,
      { fields, termCount },
      {
        positionStart: file.bytes('positionStart'),
        positions: file.bytes('positions'),
        skips: file.bytes('skips').subarray(12),
      },
    );
    expect(() => new SegmentReader(files.index).attachPositions(short)).toThrow(SegmentFormatError);
  });
});
