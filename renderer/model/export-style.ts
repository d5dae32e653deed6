import type { HighlightStyle } from '../../archive/core/export/note-markdown';

const KEY = 'airgap.export-style';

/** The highlight style the user last chose for Markdown exports; callouts until they choose. */
export function preferredExportStyle(): HighlightStyle {
  try {
    return localStorage.getItem(KEY) === 'highlight' ? 'highlight' : 'callout';
  } catch {
    return 'callout';
  }
}

/** Remembers the user's highlight style for the next export. */
export function rememberExportStyle(style: HighlightStyle): void {
  try {
    localStorage.setItem(KEY, style);
  } catch {
    // Storage unavailable: the choice holds for this export only.
  }
}

/** A Markdown export ready to save: the file name it is offered under and its text. */
export interface ExportDocument {
  fileName: string;
  markdown: string;
}
