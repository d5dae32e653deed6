import type { KeyboardEvent } from 'react';

const ITEM = '[data-nav-item]';

/** Moves focus to the first result or library entry, from the search box. */
export function focusFirstItem(): void {
  document.querySelector<HTMLElement>(ITEM)?.focus();
}

/** Where a key sends focus in a list: to the item at `index`, or back to the search box. */
export type ListMove = { to: 'item'; index: number } | { to: 'search' };

/**
 * What a key does in a list of `count` items whose item `at` has focus (-1 for none): arrow keys (and j/k) move
 * one item, Home and End to either end, ArrowUp from the first item and Escape go back to the search box.
 * Undefined for any other key. Enter needs no handling: each item is a link.
 */
export function listMove(key: string, at: number, count: number): ListMove | undefined {
  const item = (index: number): ListMove => ({ to: 'item', index: Math.max(0, Math.min(count - 1, index)) });
  switch (key) {
    case 'ArrowDown':
    case 'j':
      return item(at + 1);
    case 'ArrowUp':
    case 'k':
      return at <= 0 ? { to: 'search' } : item(at - 1);
    case 'Home':
      return item(0);
    case 'End':
      return item(count - 1);
    case 'Escape':
      return { to: 'search' };
    default:
      return undefined;
  }
}

/** Arrow keys (and j/k), Home and End move focus through a list's items; Escape returns to the search box. */
export function onListKeyDown(event: KeyboardEvent<HTMLElement>, searchBox: HTMLInputElement | null): void {
  const items = [...event.currentTarget.querySelectorAll<HTMLElement>(ITEM)];
  const move = listMove(event.key, items.indexOf(document.activeElement as HTMLElement), items.length);
  if (move === undefined) return;
  event.preventDefault();
  if (move.to === 'search') searchBox?.focus();
  else items[move.index]?.focus();
}
