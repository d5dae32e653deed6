import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_COLORS, type Annotation } from './annotation';
import {
  EDITABLE_FIELDS,
  mergeEdit,
  revertFields,
  sameField,
  type AnnotationChanges,
} from './annotation-merge';
import { annotationArbitrary } from '../testing/annotation-arbitrary';

const LATER = '2100-01-01T00:00:00.000Z';
const changesArb: fc.Arbitrary<AnnotationChanges> = fc.record(
  {
    color: fc.constantFrom(...HIGHLIGHT_COLORS),
    note: fc.string({ maxLength: 20 }),
    tags: fc.array(fc.constantFrom('dji', 'ban', 'audit'), { maxLength: 2 }),
  },
  { requiredKeys: [] },
);
const apply = (a: Annotation, c: AnnotationChanges): Annotation => ({ ...a, ...c });

describe('mergeEdit', () => {
  it('keeps a field another window changed when this edit did not touch it', () => {
    fc.assert(
      fc.property(annotationArbitrary, changesArb, changesArb, (base, theirs, ours) => {
        const current = apply(base, theirs);
        const { next, changed, overwritten } = mergeEdit(current, base, ours, LATER);
        const wanted = apply(base, ours);
        for (const field of EDITABLE_FIELDS) {
          const oursChanged = !sameField(field, wanted, base);
          // Our change lands; a field we did not change keeps whatever is stored, theirs included.
          expect(sameField(field, next, oursChanged ? wanted : current)).toBe(true);
          expect(overwritten.includes(field)).toBe(
            changed.includes(field) && !sameField(field, current, base),
          );
        }
        expect(next.updatedAt).toBe(changed.length > 0 ? LATER : current.updatedAt);
        expect(next.id).toBe(current.id);
      }),
    );
  });

  it('reproduces the reported loss: a colour change in one window no longer reverts tags set in the other', () => {
    fc.assert(
      fc.property(annotationArbitrary, (base) => {
        const current = { ...base, tags: ['set-in-window-b'] };
        const { next } = mergeEdit(
          current,
          base,
          { color: base.color === 'blue' ? 'green' : 'blue', note: base.note, tags: base.tags },
          LATER,
        );
        expect(next.tags).toEqual(['set-in-window-b']);
      }),
    );
  });
});

describe('revertFields', () => {
  it("undoes exactly this window's change when nothing else changed the highlight", () => {
    fc.assert(
      fc.property(annotationArbitrary, changesArb, (before, ours) => {
        const { next: after } = mergeEdit(before, before, ours, LATER);
        const { next, kept } = revertFields(after, before, after, LATER);
        expect(kept).toEqual([]);
        for (const field of EDITABLE_FIELDS) expect(sameField(field, next, before)).toBe(true);
      }),
    );
  });

  it('keeps what another window changed since, field by field', () => {
    fc.assert(
      fc.property(annotationArbitrary, changesArb, changesArb, (before, ours, theirs) => {
        const { next: after } = mergeEdit(before, before, ours, LATER);
        const current = apply(after, theirs);
        const { next, kept } = revertFields(current, before, after, LATER);
        for (const field of EDITABLE_FIELDS) {
          const ourField = !sameField(field, before, after);
          const theirField = !sameField(field, current, after);
          if (ourField && theirField) {
            expect(kept).toContain(field);
            expect(sameField(field, next, current)).toBe(true);
          } else if (ourField) {
            expect(sameField(field, next, before)).toBe(true);
          } else {
            expect(sameField(field, next, current)).toBe(true);
          }
        }
      }),
    );
  });

  it('moves a re-attached passage back only if nothing moved it since', () => {
    fc.assert(
      fc.property(annotationArbitrary, fc.nat(1000), (before, shift) => {
        const after: Annotation = {
          ...before,
          textHash: `${before.textHash}-new`,
          position: {
            ...before.position,
            start: before.position.start + shift + 1,
            end: before.position.end + shift + 1,
          },
        };
        expect(revertFields(after, before, after, LATER).next.position).toEqual(before.position);
        const movedAgain = { ...after, position: { ...after.position, start: 0 } };
        expect(revertFields(movedAgain, before, after, LATER).next.position).toEqual(movedAgain.position);
      }),
    );
  });
});
