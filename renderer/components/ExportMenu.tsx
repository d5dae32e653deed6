import { useEffect, useRef, useState } from 'react';
import type { HighlightStyle } from '../../archive/core/note-markdown';
import { preferredExportStyle } from '../app/export-style';
import { copyText, downloadText } from '../services/save-text';
import { ExportPreview } from './ExportPreview';
import { useToast } from './Toasts';

/** A document ready to export: its file name and Markdown text, built only when the user asks. */
export interface ExportDocument {
  fileName: string;
  markdown: string;
}

interface Props {
  label: string;
  testId: string;
  build: (options: { style: HighlightStyle }) => Promise<ExportDocument>;
}

/**
 * A button that opens "Preview", "Download Markdown" and "Copy Markdown" for one export (an article's notes or
 * the notebook), in the highlight style the user last chose.
 */
export function ExportMenu({ label, testId, build }: Props) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const toast = useToast();

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent): void => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const [previewing, setPreviewing] = useState(false);
  const save = async (doc: ExportDocument, how: 'download' | 'copy'): Promise<void> => {
    // A document with nothing in it is never reported as saved.
    if (doc.markdown.trim() === '') throw new Error('the export came out empty');
    if (how === 'download') {
      downloadText(doc.fileName, doc.markdown);
      toast({ text: `Saved ${doc.fileName}` });
    } else {
      await copyText(doc.markdown);
      toast({ text: 'Markdown copied to the clipboard' });
    }
  };
  const run = async (how: 'download' | 'copy', doc?: ExportDocument): Promise<void> => {
    setOpen(false);
    try {
      await save(doc ?? (await build({ style: preferredExportStyle() })), how);
    } catch (error) {
      toast({ text: `Export failed: ${(error as Error).message}`, tone: 'error' });
    }
  };

  return (
    <div
      className="menu"
      ref={root}
      onKeyDown={(e) => {
        // Closing the menu is all Escape does here: it must not also leave the article behind the menu.
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          root.current?.querySelector<HTMLButtonElement>('button')?.focus();
        }
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
          <button
            type="button"
            role="menuitem"
            onClick={() => {
              setOpen(false);
              setPreviewing(true);
            }}
          >
            Preview…
          </button>
          <button type="button" role="menuitem" autoFocus onClick={() => void run('download')}>
            Download Markdown (.md)
          </button>
          <button type="button" role="menuitem" onClick={() => void run('copy')}>
            Copy Markdown
          </button>
        </div>
      )}
      {previewing && (
        <ExportPreview
          style={preferredExportStyle()}
          build={build}
          onSave={(doc, how) => {
            setPreviewing(false);
            void run(how, doc);
          }}
          onClose={() => setPreviewing(false)}
        />
      )}
    </div>
  );
}
