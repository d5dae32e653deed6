import { useEffect, useState, type RefObject } from 'react';
import { downloadText } from '../model/save-text';
import { installKeymap } from './keymap';
import type { ThemeChoice } from '../model/preferences';
import type { Route } from './route';
import { useCommand } from './use-command';

/** Which overlay the keyboard opened: the command palette or the shortcut sheet. */
export type Overlay = 'palette' | 'shortcuts' | 'reading' | null;

/** What the app-wide commands act on. */
export interface GlobalCommandTargets {
  route: Route;
  navigate: (to: Route) => void;
  /** Goes back to where the user came from (the library when the app opened on this view). */
  back: () => void;
  searchRef: RefObject<HTMLInputElement | null>;
  setTheme: (theme: ThemeChoice) => void;
  openImport: () => void;
  buildNotebook: () => Promise<{ fileName: string; markdown: string }>;
}

const ITEM = '[data-nav-item]';

/** Moves focus to the next or previous result or library entry; from outside the list, to its first entry. */
function stepItems(delta: 1 | -1): void {
  const items = [...document.querySelectorAll<HTMLElement>(ITEM)];
  const at = items.indexOf(document.activeElement as HTMLElement);
  const next = at < 0 ? 0 : Math.max(0, Math.min(items.length - 1, at + delta));
  items[next]?.focus();
}

/**
 * Installs the keymap once and offers the commands that work anywhere: the palette, the shortcut sheet, search,
 * going to each view, import, export and theme; in lists, j and k. Returns the open overlay and a way to close it.
 */
export function useGlobalCommands(t: GlobalCommandTargets): {
  overlay: Overlay;
  open: (overlay: Overlay) => void;
  close: () => void;
} {
  const [overlay, setOverlay] = useState<Overlay>(null);
  useEffect(() => installKeymap(window), []);
  useCommand('palette', () => setOverlay('palette'));
  useCommand('shortcuts', () => setOverlay('shortcuts'));
  useCommand('focus-search', () => {
    t.searchRef.current?.focus();
    t.searchRef.current?.select();
  });
  useCommand('go-library', () => t.navigate({ view: 'library', query: '' }));
  useCommand('go-notebook', () => t.navigate({ view: 'notebook', query: '' }));
  useCommand('go-privacy', () => t.navigate({ view: 'privacy', query: '' }));
  // Esc and Alt+Left leave the notebook and the privacy panel as they leave an article (the reader offers its
  // own Back, which first closes its find bar).
  useCommand('back', t.route.view === 'notebook' || t.route.view === 'privacy' ? t.back : undefined);
  useCommand('import', t.openImport);
  useCommand('export-notebook', () => {
    void t.buildNotebook().then(({ fileName, markdown }) => downloadText(fileName, markdown));
  });
  useCommand('theme-light', () => t.setTheme('light'));
  useCommand('theme-dark', () => t.setTheme('dark'));
  useCommand('theme-system', () => t.setTheme('system'));
  useCommand('reading-settings', () => setOverlay('reading'));
  // The reader offers its own j and k (through its highlights); the library and results offer these.
  const inList = t.route.view === 'library';
  useCommand('next-item', inList ? () => stepItems(1) : undefined);
  useCommand('previous-item', inList ? () => stepItems(-1) : undefined);
  return { overlay, open: setOverlay, close: () => setOverlay(null) };
}
