import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTag, normalizeTag, parseTags } from './tags';

const VALID_TAG = /^[\p{L}\p{M}\p{N}_-]+(\/[\p{L}\p{M}\p{N}_-]+)*$/u;

/** User input mixing tag characters, separators, # signs and punctuation. */
const typed = fc.string({
  maxLength: 40,
  unit: fc.oneof(
    fc.constantFrom('a', 'B', 'é', 'Ж', '7', '-', '_', '/', '#', ',', ' ', '\t', '\n', '.', '!', '😀', 'ß'),
    fc.string({ unit: 'binary', maxLength: 1 }),
  ),
});

describe('parseTags', () => {
  it('splits on commas and spaces and strips the leading #', () => {
    expect(parseTags('drones, #policy  dji/ban')).toEqual(['drones', 'policy', 'dji/ban']);
  });

  it('keeps the first spelling of tags that differ only in case', () => {
    expect(parseTags('Drones drones DRONES #drones')).toEqual(['Drones']);
  });

  it('keeps Unicode letters and digits', () => {
    expect(parseTags('#Überwachung 無人機 café2021')).toEqual(['Überwachung', '無人機', 'café2021']);
  });

  it('turns other characters into single dashes and drops what is left empty', () => {
    expect(parseTags("c++ data.security don't ## ,, ! #/")).toEqual(['c', 'data-security', 'don-t']);
  });

  it('removes empty levels and dangling dashes around nested-tag slashes', () => {
    expect(parseTags('/dji//ban/ a-/-b')).toEqual(['dji/ban', 'a/b']);
  });

  it('treats a composed and a decomposed accent as the same tag', () => {
    expect(parseTags('caf\u00e9 cafe\u0301')).toEqual(['caf\u00e9']);
  });

  it('returns only valid, unique, #-free tags for arbitrary input', () => {
    fc.assert(
      fc.property(typed, (input) => {
        const tags = parseTags(input);
        for (const tag of tags) expect(tag).toMatch(VALID_TAG);
        expect(new Set(tags.map((t) => t.toLowerCase())).size).toBe(tags.length);
      }),
    );
  });

  it('gives the same tags when its own output is typed back in, or formatted and typed back in', () => {
    fc.assert(
      fc.property(typed, (input) => {
        const tags = parseTags(input);
        expect(parseTags(tags.join(', '))).toEqual(tags);
        expect(parseTags(tags.map(formatTag).join(' '))).toEqual(tags);
      }),
    );
  });
});

describe('formatTag', () => {
  it('writes a tag as a #word', () => {
    expect(formatTag('dji/ban')).toBe('#dji/ban');
  });

  it('normalises a stored tag that was never parsed', () => {
    expect(formatTag('#data security')).toBe('#data-security');
  });

  it('writes nothing for a tag with nothing usable in it', () => {
    expect(normalizeTag('#!?')).toBeNull();
    expect(formatTag('#!?')).toBe('');
  });
});
