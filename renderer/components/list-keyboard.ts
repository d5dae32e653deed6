import type { KeyboardEvent } from 'react';

const ITEM = '[data-nav-item]';

/** Moves focus to the first result or library entry, from the search box. */
export function focusFirstItem(): void {
  document.querySelector<HTMLElement>(ITEM)?.focus();
}

/**
 * Arrow keys (and j/k) move focus through a list's items; Escape returns to the search box.
 * Enter needs no handler: each item is a link.
 */
export function onListKeyDown(event: KeyboardEvent<HTMLElement>, searchBox: HTMLInputElement | null): void {
  const items = [...event.currentTarget.querySelectorAll<HTMLElement>(ITEM)];
  const at = items.indexOf(document.activeElement as HTMLElement);
  const move = (to: number): void => {
    event.preventDefault();
    items[Math.max(0, Math.min(items.length - 1, to))]?.focus();
  };
  switch (event.key) {
    case 'ArrowDown':
    case 'j':
      move(at + 1);
      break;
    case 'ArrowUp':
    case 'k':
      if (at <= 0) {
        event.preventDefault();
        searchBox?.focus();
      } else move(at - 1);
      break;
    case 'Home':
      move(0);
      break;
    case 'End':
      move(items.length - 1);
      break;
    case 'Escape':
      event.preventDefault();
      searchBox?.focus();
      break;
  }
}
