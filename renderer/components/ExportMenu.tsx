import { useEffect, useRef, useState } from 'react';
import { copyText, downloadText } from '../services/save-text';
import { useToast } from './Toasts';

/** A document ready to export: its file name and Markdown text, built only when the user asks. */
export interface ExportDocument {
  fileName: string;
  markdown: string;
}

interface Props {
  label: string;
  testId: string;
  build: () => Promise<ExportDocument>;
}

/** A button that opens "Download Markdown" / "Copy Markdown" for one export (an article's notes or the notebook). */
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

  const run = async (how: 'download' | 'copy'): Promise<void> => {
    setOpen(false);
    try {
      const doc = await build();
      if (how === 'download') {
        downloadText(doc.fileName, doc.markdown);
        toast({ text: `Saved ${doc.fileName}` });
      } else {
        await copyText(doc.markdown);
        toast({ text: 'Markdown copied to the clipboard' });
      }
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
          <button type="button" role="menuitem" autoFocus onClick={() => void run('download')}>
            Download Markdown (.md)
          </button>
          <button type="button" role="menuitem" onClick={() => void run('copy')}>
            Copy Markdown
          </button>
        </div>
      )}
    </div>
  );
}
