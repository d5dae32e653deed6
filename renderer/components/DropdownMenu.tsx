import { useEffect, useRef, useState, type ReactNode } from 'react';

interface Props {
  label: string;
  testId: string;
  /** The menu's items, given a function that closes the menu. */
  items: (close: () => void) => ReactNode;
  /** Shown beside the menu whatever its state (dialogs it opens, hidden inputs). */
  children?: ReactNode;
}

/** Where a key moves focus in a menu of `count` items whose item `at` has focus (-1: none); undefined: not a move. */
export function menuStep(key: string, at: number, count: number): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowDown':
      return at < 0 ? 0 : (at + 1) % count;
    case 'ArrowUp':
      return at <= 0 ? count - 1 : at - 1;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/**
 * A button that opens a menu of actions: a click outside or Escape closes it (Escape does nothing else, so it
 * never also leaves the view behind the menu), and focus returns to the button.
 */
export function DropdownMenu({ label, testId, items, children }: Props) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent): void => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);
  return (
    <div
      className="menu"
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          root.current?.querySelector<HTMLButtonElement>('button')?.focus();
          return;
        }
        // ArrowDown or ArrowUp on the closed button opens the menu (its first item takes focus).
        if (!open) {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            setOpen(true);
          }
          return;
        }
        // Arrow keys, Home and End move through the items, wrapping at either end.
        const items = [...(root.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
        const to = menuStep(e.key, items.indexOf(document.activeElement as HTMLElement), items.length);
        if (to === undefined) return;
        e.preventDefault();
        items[to]?.focus();
      }}
    >
      <button
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        data-testid={testId}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
      </button>
      {open && (
        <div className="menu-popup" role="menu">
          {items(() => setOpen(false))}
        </div>
      )}
      {children}
    </div>
  );
}

/** One action of a DropdownMenu: closes the menu, then runs. */
export function MenuItem({
  close,
  onSelect,
  testId,
  autoFocus = false,
  children,
}: {
  close: () => void;
  onSelect: () => void;
  testId?: string;
  autoFocus?: boolean;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      role="menuitem"
      autoFocus={autoFocus}
      data-testid={testId}
      onClick={() => {
        close();
        onSelect();
      }}
    >
      {children}
    </button>
  );
}
