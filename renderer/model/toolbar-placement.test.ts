import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeToolbar, TOOLBAR_COLUMN, TOOLBAR_ROW, type Box } from './toolbar-placement';

const area: Box = { top: 60, left: 0, width: 1280, height: 700 };
const overlaps = (a: Box, b: Box) =>
  a.left < b.left + b.width &&
  b.left < a.left + a.width &&
  a.top < b.top + b.height &&
  b.top < a.top + a.height;

describe('placeToolbar', () => {
  it('stands in the left margin, level with the selection, when the margin is wide enough', () => {
    const column: Box = { top: 60, left: 200, width: 650, height: 700 };
    const p = placeToolbar({ top: 300, left: 250, width: 200, height: 20 }, column, area);
    expect(p).toEqual({ top: 300, left: 200 - TOOLBAR_COLUMN.width - 8, vertical: true });
  });

  it('lies along the bottom without a margin, or along the top when the selection is at the bottom', () => {
    const column: Box = { top: 60, left: 16, width: 328, height: 700 };
    const narrow: Box = { top: 60, left: 0, width: 360, height: 700 };
    expect(placeToolbar({ top: 200, left: 40, width: 100, height: 20 }, column, narrow).top).toBe(
      60 + 700 - 44 - 8,
    );
    expect(placeToolbar({ top: 700, left: 40, width: 100, height: 20 }, column, narrow).top).toBe(68);
  });

  it('never covers the selection and stays inside the reading area', () => {
    const box = (max: number) =>
      fc.record({ top: fc.integer({ min: 60, max }), left: fc.integer({ min: 0, max: 600 }) });
    fc.assert(
      fc.property(
        box(700),
        fc.integer({ min: 10, max: 300 }),
        fc.integer({ min: 0, max: 400 }),
        (at, width, margin) => {
          const selection: Box = { ...at, width, height: 24 };
          const column: Box = { top: 60, left: margin, width: 640, height: 700 };
          const p = placeToolbar(selection, column, area);
          const size = p.vertical ? TOOLBAR_COLUMN : TOOLBAR_ROW;
          const bar: Box = { top: p.top, left: p.left, ...size };
          if (p.vertical) expect(overlaps(bar, column)).toBe(false);
          else expect(overlaps(bar, selection)).toBe(false);
          expect(bar.top).toBeGreaterThanOrEqual(area.top);
          expect(bar.top + bar.height).toBeLessThanOrEqual(area.top + area.height);
        },
      ),
    );
  });
});
