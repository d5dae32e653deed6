import fc from 'fast-check';
import { HIGHLIGHT_COLORS, type Annotation } from '../annotations/annotation';

const isoTime = fc
  .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) })
  .map((ms) => new Date(ms).toISOString());

/** Any annotation the app could have stored: for property tests of reading, backing up and exporting. */
export const annotationArbitrary: fc.Arbitrary<Annotation> = fc
  .record({
    id: fc.uuid(),
    articleId: fc.string({ minLength: 1, maxLength: 40 }),
    color: fc.constantFrom(...HIGHLIGHT_COLORS),
    note: fc.string({ maxLength: 200 }),
    tags: fc.array(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 4 }),
    textHash: fc.string({ maxLength: 30 }),
    createdAt: isoTime,
    updatedAt: isoTime,
    exact: fc.string({ minLength: 1, maxLength: 80 }),
    prefix: fc.string({ maxLength: 32 }),
    suffix: fc.string({ maxLength: 32 }),
    start: fc.nat(100_000),
  })
  .map(({ exact, prefix, suffix, start, ...rest }): Annotation => ({
    ...rest,
    quote: { type: 'TextQuoteSelector', exact, prefix, suffix },
    position: { type: 'TextPositionSelector', start, end: start + exact.length },
  }));
