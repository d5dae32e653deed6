import { useCallback, useEffect, useState } from 'react';

/** The colour scheme a user picked; 'system' follows the operating system's setting. */
export type ThemeChoice = 'system' | 'light' | 'dark';

/** Reading preferences kept on this machine between sessions. */
export interface Preferences {
  theme: ThemeChoice;
  /** Body text size in pixels. */
  fontSize: number;
}

/** Smallest and largest reading sizes offered, in pixels. */
export const FONT_SIZE_RANGE = { min: 14, max: 26, step: 2 } as const;

const STORAGE_KEY = 'airgap.preferences';
const DEFAULTS: Preferences = { theme: 'system', fontSize: 18 };

/** Reads stored preferences, falling back to defaults for anything missing or damaged. */
export function loadPreferences(storage: Pick<Storage, 'getItem'>): Preferences {
  try {
    const raw = JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}') as Partial<Preferences>;
    const theme = raw.theme === 'light' || raw.theme === 'dark' ? raw.theme : 'system';
    const size = Number(raw.fontSize);
    const fontSize = Number.isFinite(size)
      ? Math.min(FONT_SIZE_RANGE.max, Math.max(FONT_SIZE_RANGE.min, Math.round(size)))
      : DEFAULTS.fontSize;
    return { theme, fontSize };
  } catch {
    return DEFAULTS;
  }
}

/** Preferences as React state, persisted to localStorage and applied to the root element for CSS. */
export function usePreferences(): [Preferences, (change: Partial<Preferences>) => void] {
  const [prefs, setPrefs] = useState(() => loadPreferences(localStorage));
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = prefs.theme;
    root.style.setProperty('--reading-size', `${prefs.fontSize}px`);
    localStorage.setItem(STORAGE_KEY, JSON.stringify(prefs));
  }, [prefs]);
  const update = useCallback((change: Partial<Preferences>) => setPrefs((p) => ({ ...p, ...change })), []);
  return [prefs, update];
}
