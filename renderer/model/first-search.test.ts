import { describe, expect, it } from 'vitest';
import { firstSearchSuggestion } from './first-search';

const titles = (...list: string[]) => list.map((title, i) => ({ id: `a${i}`, title, source: 's' }));

describe('firstSearchSuggestion', () => {
  it('offers the word most titles share, as written in a title, leaving common words out', () => {
    expect(
      firstSearchSuggestion(
        titles('DJI drones grounded', 'What DJI says about data', 'Data from the drones of DJI'),
      ),
    ).toBe('DJI');
    expect(firstSearchSuggestion(titles('About Parrot', 'About this', 'Parrot news'))).toBe('Parrot');
  });

  it('offers nothing for an empty library', () => {
    expect(firstSearchSuggestion([])).toBeUndefined();
  });
});
