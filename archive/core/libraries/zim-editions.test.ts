import { describe, expect, it } from 'vitest';
import { earlierEditions, inEdition } from './zim-editions';

const z = (uuid: string, name: string | undefined, title: string, date?: string) => ({
  uuid: uuid.repeat(32),
  title,
  ...(name !== undefined && { name }),
  ...(date !== undefined && { date }),
});

describe('earlierEditions', () => {
  it('finds the same content under another UUID, not dated after it, newest first', () => {
    const may = z('a', 'wikipedia_en_all', 'Wikipedia', '2026-05-01');
    const june = z('b', 'wikipedia_en_all', 'Wikipedia (June)', '2026-06-01');
    const july = z('c', 'Wikipedia_EN_all', 'Wikipedia', '2026-07-01');
    const other = z('d', 'wiktionary_en_all', 'Wikipedia', '2026-06-01');
    expect(earlierEditions([may, june, july, other], july)).toEqual([june, may]);
    expect(earlierEditions([may, june, july], may)).toEqual([]);
  });

  it('falls back to the title for files without a Name, and to any date when one is missing', () => {
    const a = z('a', undefined, 'Drone audits');
    const b = z('b', undefined, 'drone audits', '2026-12-07');
    expect(earlierEditions([a, b], b)).toEqual([a]);
    expect(earlierEditions([a, b], a)).toEqual([b]);
  });
});

describe('inEdition', () => {
  it('keeps the page path and changes the library', () => {
    expect(inEdition(`zim:${'a'.repeat(32)}/A/Kivu.html`, 'b'.repeat(32))).toBe(
      `zim:${'b'.repeat(32)}/A/Kivu.html`,
    );
    expect(inEdition('imported-x', 'b'.repeat(32))).toBeUndefined();
  });
});
