import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FONT_SIZE_RANGE, LINE_HEIGHTS, loadPreferences, readingVariables } from './preferences';

const stored = (value: unknown) => ({
  getItem: () => (typeof value === 'string' ? value : JSON.stringify(value)),
});

describe('loadPreferences', () => {
  it('reads every typography setting back as stored', () => {
    const prefs = { theme: 'dark', fontSize: 22, font: 'sans', lineHeight: 1.85, width: 'wide' };
    expect(loadPreferences(stored(prefs))).toEqual(prefs);
  });

  it('keeps each good field of a partly damaged record and defaults the rest', () => {
    expect(
      loadPreferences(
        stored({ theme: 'dark', fontSize: 'huge', font: 'comic', lineHeight: 9, width: 'wide' }),
      ),
    ).toEqual({
      theme: 'dark',
      fontSize: 18,
      font: 'serif',
      lineHeight: 1.7,
      width: 'wide',
    });
  });

  it('turns anything stored into usable settings, never throwing', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.anything().map((v) => JSON.stringify(v) ?? ''),
        ),
        (raw) => {
          const p = loadPreferences(stored(raw));
          expect(p.fontSize).toBeGreaterThanOrEqual(FONT_SIZE_RANGE.min);
          expect(p.fontSize).toBeLessThanOrEqual(FONT_SIZE_RANGE.max);
          expect(LINE_HEIGHTS).toContain(p.lineHeight);
        },
      ),
    );
  });
});

describe('readingVariables', () => {
  it('sets size, typeface, line height and measure for the reading styles', () => {
    const vars = readingVariables({
      theme: 'system',
      fontSize: 20,
      font: 'sans',
      lineHeight: 1.55,
      width: 'narrow',
    });
    expect(vars['--reading-size']).toBe('20px');
    expect(vars['--reading-font']).toMatch(/sans-serif$/);
    expect(vars['--reading-line']).toBe('1.55');
    expect(vars['--reading-measure']).toBe('30');
  });
});
