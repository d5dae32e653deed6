import type { ExportDocument } from '../model/export-style';
import { useState } from 'react';
import type { HighlightStyle } from '../../archive/core/export/note-markdown';
import { preferredExportStyle } from '../model/export-style';
import { copyText, downloadText } from '../model/save-text';
import { DropdownMenu, MenuItem } from './DropdownMenu';
import { ExportPreview } from './ExportPreview';
import { useToast } from '../model/toasts';

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
  const toast = useToast();
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
    try {
      await save(doc ?? (await build({ style: preferredExportStyle() })), how);
    } catch (error) {
      toast({ text: `Export failed: ${(error as Error).message}`, tone: 'error' });
    }
  };

  return (
    <DropdownMenu
      label={label}
      testId={testId}
      items={(close) => (
        <>
          <MenuItem close={close} onSelect={() => setPreviewing(true)}>
            Preview…
          </MenuItem>
          <MenuItem close={close} onSelect={() => void run('download')} autoFocus>
            Download Markdown (.md)
          </MenuItem>
          <MenuItem close={close} onSelect={() => void run('copy')}>
            Copy Markdown
          </MenuItem>
        </>
      )}
    >
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
    </DropdownMenu>
  );
}
