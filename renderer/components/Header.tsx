import { useFieldUndo } from '../model/use-field-undo';
import { useState, type RefObject } from 'react';
import { MAX_QUERY_LENGTH } from '../../archive/core/search/query';
import { FONT_SIZE_RANGE, type Preferences, type ThemeChoice } from '../model/preferences';
import { capEdit } from '../model/query-limit';
import type { HighlightStyle } from '../../archive/core/export/note-markdown';
import { BackupMenu } from './BackupMenu';
import { ExportMenu } from './ExportMenu';
import type { ExportDocument } from '../model/export-style';
import { focusFirstItem } from './list-keyboard';
import { UndoButtons } from './UndoButtons';

interface Props {
  query: string;
  onQueryChange: (query: string) => void;
  onSubmit: () => void;
  searchRef: RefObject<HTMLInputElement | null>;
  prefs: Preferences;
  onPrefs: (change: Partial<Preferences>) => void;
  onHome: () => void;
  exportNotebook: (options: { style: HighlightStyle }) => Promise<ExportDocument>;
  onImport: () => void;
  onNotebook: () => void;
  /** Opens the typeface, spacing and width settings. */
  onReadingSettings: () => void;
}

const THEMES: { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** The top bar: home, the search box, reading preferences and the notebook export. */
export function Header({
  query,
  onQueryChange,
  onSubmit,
  searchRef,
  prefs,
  onPrefs,
  onHome,
  exportNotebook,
  onImport,
  onNotebook,
  onReadingSettings,
}: Props) {
  const size = prefs.fontSize;
  // The text the box was cut to; the note about it shows until the query changes to anything else.
  const [cutTo, setCutTo] = useState<string | null>(null);
  const edit = (value: string): void => {
    const capped = capEdit(query, value);
    setCutTo(capped === value ? null : capped);
    onQueryChange(capped);
  };
  const fieldUndo = useFieldUndo(searchRef, query, edit);
  return (
    <header className="topbar">
      <button type="button" className="brand" onClick={onHome} title="Library (Esc)">
        <span className="brand-mark" aria-hidden="true">
          ◼
        </span>{' '}
        Airgap
      </button>
      <div className="search" role="search">
        <input
          ref={searchRef}
          type="search"
          className="search-input"
          placeholder="Search the archive   ( / )"
          aria-label="Search the archive"
          data-testid="search-input"
          value={query}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => edit(e.target.value)}
          onKeyDown={(e) => {
            if (fieldUndo(e)) return;
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              focusFirstItem();
            } else if (e.key === 'Enter') {
              e.preventDefault();
              onSubmit();
            } else if (e.key === 'Escape' && query) {
              e.preventDefault();
              onQueryChange('');
            }
          }}
        />
        {/* Always rendered, so screen readers know the live region before it has anything to say. */}
        <p className="search-note" role="status" aria-live="polite" data-testid="search-note">
          {cutTo !== null && cutTo === query
            ? `A search can be at most ${MAX_QUERY_LENGTH} characters long, so the rest was left out.`
            : ''}
        </p>
      </div>
      <div className="toolbar">
        <UndoButtons />
        <div className="segmented" role="group" aria-label="Theme">
          {THEMES.map((t) => (
            <button
              key={t.value}
              type="button"
              aria-pressed={prefs.theme === t.value}
              data-testid={`theme-${t.value}`}
              onClick={() => onPrefs({ theme: t.value })}
            >
              {t.label}
            </button>
          ))}
        </div>
        <div className="segmented" role="group" aria-label="Text size">
          <button
            type="button"
            aria-label="A− smaller text"
            data-testid="font-smaller"
            disabled={size <= FONT_SIZE_RANGE.min}
            onClick={() => onPrefs({ fontSize: size - FONT_SIZE_RANGE.step })}
          >
            A−
          </button>
          <button
            type="button"
            aria-label="A+ larger text"
            data-testid="font-larger"
            disabled={size >= FONT_SIZE_RANGE.max}
            onClick={() => onPrefs({ fontSize: size + FONT_SIZE_RANGE.step })}
          >
            A+
          </button>
          <button
            type="button"
            onClick={onReadingSettings}
            data-testid="reading-settings-open"
            title="Reading settings"
          >
            Text…
          </button>
        </div>
        <button type="button" className="button" onClick={onImport} data-testid="import-open">
          Import…
        </button>
        <button type="button" className="button" onClick={onNotebook} data-testid="notebook-open">
          Notebook
        </button>
        <ExportMenu label="Export notebook" testId="export-notebook" build={exportNotebook} />
        <BackupMenu />
      </div>
    </header>
  );
}
