import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation } from './annotation';
import { annotationArbitrary } from '../testing/annotation-arbitrary';
import { fromWebAnnotations, planRestore, toWebAnnotations } from './web-annotation';

const AT = new Date('2026-12-02T00:00:00.000Z');
const uniqueList = fc.uniqueArray(annotationArbitrary, { selector: (a) => a.id, maxLength: 12 });
const roundTrip = (list: readonly Annotation[]) =>
  fromWebAnnotations(JSON.parse(JSON.stringify(toWebAnnotations(list, AT))));

// Applies a plan to a stored list, as the command layer does in one transaction.
function apply(stored: readonly Annotation[], incoming: readonly Annotation[]): Annotation[] {
  const plan = planRestore(stored, incoming);
  const byId = new Map(stored.map((a) => [a.id, a]));
  for (const a of plan.add) byId.set(a.id, a);
  for (const { after } of plan.update) byId.set(after.id, after);
  return [...byId.values()];
}

describe('Web Annotation backups', () => {
  it('are W3C Web Annotations with quote and position selectors, tags and note as bodies', () => {
    const [a] = fc.sample(annotationArbitrary, { seed: 3, numRuns: 1 });
    const doc = toWebAnnotations([{ ...a!, note: 'why?', tags: ['dji'] }], AT) as {
      items: Record<string, unknown>[];
    };
    const item = doc.items[0]!;
    expect(item).toMatchObject({
      id: `urn:uuid:${a!.id}`,
      type: 'Annotation',
      created: a!.createdAt,
      modified: a!.updatedAt,
      body: [
        { type: 'TextualBody', purpose: 'commenting', value: 'why?' },
        { type: 'TextualBody', purpose: 'tagging', value: 'dji' },
      ],
      'airgap:color': a!.color,
      'airgap:textHash': a!.textHash,
    });
    expect((item.target as { selector: { type: string }[] }).selector.map((s) => s.type)).toEqual([
      'TextQuoteSelector',
      'TextPositionSelector',
    ]);
  });

  it('restore into an empty store gives exactly the records that were backed up', () => {
    fc.assert(
      fc.property(uniqueList, (list) => {
        const read = roundTrip(list);
        expect(read).toEqual({ ok: true, annotations: list, refused: [] });
        expect(apply([], read.ok ? read.annotations : [])).toEqual(list);
      }),
    );
  });

  it('restoring the same backup twice changes nothing the second time, and never loses a stored record', () => {
    fc.assert(
      fc.property(uniqueList, uniqueList, (stored, backup) => {
        const once = apply(stored, backup);
        const plan = planRestore(once, backup);
        expect(plan.add).toEqual([]);
        expect(plan.update).toEqual([]);
        for (const a of stored) expect(once.some((b) => b.id === a.id)).toBe(true);
      }),
    );
  });

  it('keeps the newer version of an annotation both sides have', () => {
    fc.assert(
      fc.property(annotationArbitrary, fc.string(), (a, other) => {
        const older = { ...a, updatedAt: '2026-01-01T00:00:00.000Z' };
        const newer = { ...a, note: `${a.note}${other}!`, updatedAt: '2026-06-01T00:00:00.000Z' };
        expect(planRestore([older], [newer]).update).toEqual([{ before: older, after: newer }]);
        expect(planRestore([newer], [older]).skip).toEqual([older]);
      }),
    );
  });

  it('refuses a foreign or damaged file as a whole, and a damaged item alone, never throwing', () => {
    expect(fromWebAnnotations({ rows: [] })).toMatchObject({
      ok: false,
      message: /not an Airgap notes backup/,
    });
    expect(fromWebAnnotations(null)).toMatchObject({ ok: false });
    expect(fromWebAnnotations({ type: 'AnnotationCollection' })).toMatchObject({
      ok: false,
      message: /no list/,
    });
    const [a] = fc.sample(annotationArbitrary, { seed: 5, numRuns: 1 });
    const doc = toWebAnnotations([a!], AT) as { items: Record<string, unknown>[] };
    doc.items.push({ id: 'urn:uuid:x', type: 'Annotation', target: 'http://example.org/' });
    const read = fromWebAnnotations(JSON.parse(JSON.stringify(doc)));
    expect(read).toMatchObject({ ok: true, annotations: [a], refused: [{ item: 1 }] });
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const result = fromWebAnnotations({ type: 'AnnotationCollection', items: [json] });
        expect(result.ok).toBe(true);
      }),
    );
  });
});
