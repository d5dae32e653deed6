import { describe, expect, it } from 'vitest';
import { listMove } from './list-keyboard';

describe('listMove', () => {
  it('moves one item with the arrow keys and j/k, staying inside the list', () => {
    expect(listMove('ArrowDown', 3, 10)).toEqual({ to: 'item', index: 4 });
    expect(listMove('j', 9, 10)).toEqual({ to: 'item', index: 9 });
    expect(listMove('ArrowUp', 3, 10)).toEqual({ to: 'item', index: 2 });
    expect(listMove('k', 1, 10)).toEqual({ to: 'item', index: 0 });
  });

  it('goes to the first item from nowhere, and back to the search box from the first item', () => {
    expect(listMove('ArrowDown', -1, 10)).toEqual({ to: 'item', index: 0 });
    expect(listMove('ArrowUp', 0, 10)).toEqual({ to: 'search' });
    expect(listMove('k', -1, 10)).toEqual({ to: 'search' });
  });

  it('jumps to either end with Home and End, however long the list', () => {
    expect(listMove('Home', 41_234, 50_000)).toEqual({ to: 'item', index: 0 });
    expect(listMove('End', 0, 50_000)).toEqual({ to: 'item', index: 49_999 });
  });

  it('returns to the search box on Escape and leaves every other key alone', () => {
    expect(listMove('Escape', 5, 10)).toEqual({ to: 'search' });
    expect(listMove('Enter', 5, 10)).toBeUndefined();
    expect(listMove('a', 5, 10)).toBeUndefined();
  });
});
