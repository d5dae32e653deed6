import { useCallback, useEffect, useState } from 'react';

/** The colour scheme a user picked; 'system' follows the operating system's setting. */
export type ThemeChoice = 'system' | 'light' | 'dark';

/** The typefaces offered for reading: the system's serif or its sans-serif (no font is ever downloaded). */
export type ReadingFont = 'serif' | 'sans';

/** How wide the text column is: about 60, 70 or 85 characters a line. */
export type ReadingWidth = 'narrow' | 'medium' | 'wide';

/** Reading preferences kept on this machine between sessions. */
export interface Preferences {
  theme: ThemeChoice;
  /** Body text size in pixels. */
  fontSize: number;
  font: ReadingFont;
  /** Line height as a multiple of the text size. */
  lineHeight: number;
  width: ReadingWidth;
}

/** Smallest and largest reading sizes offered, in pixels. */
export const FONT_SIZE_RANGE = { min: 14, max: 26, step: 2 } as const;
/** Line heights offered. */
export const LINE_HEIGHTS = [1.4, 1.55, 1.7, 1.85, 2] as const;
/** The measure of each width, in multiples of the text size (36 is about 70 characters). */
const WIDTH_MEASURE: Readonly<Record<ReadingWidth, number>> = { narrow: 30, medium: 36, wide: 44 };

const STORAGE_KEY = 'airgap.preferences';
const DEFAULTS: Preferences = {
  theme: 'system',
  fontSize: 18,
  font: 'serif',
  lineHeight: 1.7,
  width: 'medium',
};

const FONT_STACKS: Readonly<Record<ReadingFont, string>> = {
  serif: 'Charter, "Bitstream Charter", "Sitka Text", Cambria, "Noto Serif", "DejaVu Serif", Georgia, serif',
  sans: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif',
};

/** Reads stored preferences, falling back to the default for anything missing or damaged, field by field. */
export function loadPreferences(storage: Pick<Storage, 'getItem'>): Preferences {
  let raw: Partial<Record<keyof Preferences, unknown>> = {};
  try {
    const parsed = JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}') as unknown;
    if (typeof parsed === 'object' && parsed !== null) raw = parsed;
  } catch {
    return DEFAULTS;
  }
  const theme = raw.theme === 'light' || raw.theme === 'dark' ? raw.theme : 'system';
  const size = Number(raw.fontSize);
  const fontSize = Number.isFinite(size)
    ? Math.min(FONT_SIZE_RANGE.max, Math.max(FONT_SIZE_RANGE.min, Math.round(size)))
    : DEFAULTS.fontSize;
  const font = raw.font === 'sans' ? 'sans' : 'serif';
  const lineHeight = (LINE_HEIGHTS as readonly unknown[]).includes(raw.lineHeight)
    ? (raw.lineHeight as number)
    : DEFAULTS.lineHeight;
  const width = raw.width === 'narrow' || raw.width === 'wide' ? raw.width : 'medium';
  return { theme, fontSize, font, lineHeight, width };
}

/** The CSS custom properties the reading styles use, for a set of preferences. */
export function readingVariables(prefs: Preferences): Record<string, string> {
  return {
    '--reading-size': `${prefs.fontSize}px`,
    '--reading-font': FONT_STACKS[prefs.font],
    '--reading-line': String(prefs.lineHeight),
    '--reading-measure': String(WIDTH_MEASURE[prefs.width]),
  };
}

/** Preferences as React state, persisted to localStorage and applied to the root element for CSS. */
export function usePreferences(): [Preferences, (change: Partial<Preferences>) => void] {
  const [prefs, setPrefs] = useState(() => loadPreferences(localStorage));
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = prefs.theme;
    for (const [name, value] of Object.entries(readingVariables(prefs))) root.style.setProperty(name, value);
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(prefs));
    } catch {
      // Storage full or unavailable: the settings still apply for this session.
    }
  }, [prefs]);
  const update = useCallback((change: Partial<Preferences>) => setPrefs((p) => ({ ...p, ...change })), []);
  return [prefs, update];
}
