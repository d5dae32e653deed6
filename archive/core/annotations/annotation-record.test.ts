import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAnnotationRecord, readAnnotationRecords } from './annotation-record';
import { annotationArbitrary } from '../testing/annotation-arbitrary';

// The faults a profile was found with, each of which used to hide a whole article's highlights.
const BREAKAGES: [string, (record: Record<string, unknown>) => void, RegExp][] = [
  ['missing position', (r) => delete r.position, /position/],
  ['tags not a list', (r) => (r.tags = 'drones'), /tags/],
  ['null quote prefix', (r) => ((r.quote as Record<string, unknown>).prefix = null), /around its passage/],
  ['unknown colour', (r) => (r.color = 'red'), /colour "red"/],
  ['note not text', (r) => (r.note = 42), /note/],
  ['empty quote', (r) => ((r.quote as Record<string, unknown>).exact = ''), /empty/],
  ['offsets reversed', (r) => (r.position = { type: 'TextPositionSelector', start: 9, end: 3 }), /empty/],
  [
    'offsets not numbers',
    (r) => (r.position = { type: 'TextPositionSelector', start: '1', end: 5 }),
    /offsets/,
  ],
  ['no date', (r) => delete r.updatedAt, /change time/],
];

describe('readAnnotationRecord', () => {
  it('reads every well-formed annotation back exactly, as a copy', () => {
    fc.assert(
      fc.property(annotationArbitrary, (annotation) => {
        const stored = JSON.parse(JSON.stringify(annotation));
        const check = readAnnotationRecord(stored);
        expect(check).toEqual({ ok: true, annotation });
        if (check.ok) expect(check.annotation.tags).not.toBe(stored.tags);
      }),
    );
  });

  it('sets aside each known kind of damage with its id, a plain reason and the record untouched', () => {
    fc.assert(
      fc.property(annotationArbitrary, fc.constantFrom(...BREAKAGES), (annotation, [, breakIt, reason]) => {
        const stored = JSON.parse(JSON.stringify(annotation)) as unknown as Record<string, unknown>;
        breakIt(stored);
        const copy = JSON.parse(JSON.stringify(stored));
        const check = readAnnotationRecord(stored);
        expect(check.ok).toBe(false);
        if (check.ok) return;
        expect(check.setAside.id).toBe(annotation.id);
        expect(check.setAside.reason).toMatch(reason);
        expect(check.setAside.raw).toEqual(copy);
      }),
    );
  });

  it('never throws on anything at all, and keeps unknown extra fields out of the annotation', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const check = readAnnotationRecord(raw);
        expect(typeof check.ok).toBe('boolean');
      }),
      { numRuns: 2_000 },
    );
    fc.assert(
      fc.property(annotationArbitrary, (annotation) => {
        const check = readAnnotationRecord({ ...annotation, extra: '<script>' });
        expect(check.ok && Object.keys(check.annotation)).not.toContain('extra');
      }),
    );
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
      },
    );
    expect(readAnnotationRecord(hostile)).toMatchObject({
      ok: false,
      setAside: { reason: /could not be read/ },
    });
  });
});

describe('readAnnotationRecords', () => {
  it('keeps every readable annotation whatever damaged records sit among them, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(annotationArbitrary, fc.anything()), { maxLength: 20 }), (raws) => {
        const { annotations, setAside } = readAnnotationRecords(raws);
        expect(annotations.length + setAside.length).toBe(raws.length);
        const readable = raws.filter((raw) => readAnnotationRecord(raw).ok);
        expect(annotations.map((a) => a.id)).toEqual(readable.map((r) => (r as { id: string }).id));
      }),
    );
  });
});
