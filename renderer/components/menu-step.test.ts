import { describe, expect, it } from 'vitest';
import { menuStep } from './DropdownMenu';

describe('menuStep', () => {
  it('moves down and up with wrapping, and jumps to either end', () => {
    expect([menuStep('ArrowDown', -1, 3), menuStep('ArrowDown', 0, 3), menuStep('ArrowDown', 2, 3)]).toEqual([
      0, 1, 0,
    ]);
    expect([menuStep('ArrowUp', 0, 3), menuStep('ArrowUp', 2, 3)]).toEqual([2, 1]);
    expect([menuStep('Home', 2, 3), menuStep('End', 0, 3)]).toEqual([0, 2]);
  });

  it('ignores other keys and empty menus', () => {
    expect(menuStep('a', 0, 3)).toBeUndefined();
    expect(menuStep('ArrowDown', -1, 0)).toBeUndefined();
  });
});
