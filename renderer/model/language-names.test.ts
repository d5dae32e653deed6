import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { languageNames } from './language-names';

describe('languageNames', () => {
  it('names the languages of a ZIM list, two- or three-letter, and keeps codes it cannot name', () => {
    expect(languageNames('fra,eng')).toBe('French, English');
    expect(languageNames('rus')).toBe('Russian');
    expect(languageNames('fr-CA')).toBe('Canadian French');
    expect(languageNames('qqq')).toBe('qqq');
    expect(languageNames('not a tag')).toBe('not a tag');
    expect(languageNames('')).toBeUndefined();
    expect(languageNames(undefined)).toBeUndefined();
  });

  it('never throws, whatever a file says', () => {
    fc.assert(
      fc.property(fc.string(), (tags) => {
        expect(() => languageNames(tags)).not.toThrow();
      }),
    );
  });
});
