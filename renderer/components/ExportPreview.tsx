import { useEffect, useState } from 'react';
import type { HighlightStyle } from '../../archive/core/export/note-markdown';
import { rememberExportStyle } from '../model/export-style';
import type { ExportDocument } from '../model/export-style';
import { Modal } from './Modal';

interface Props {
  style: HighlightStyle;
  build: (options: { style: HighlightStyle }) => Promise<ExportDocument>;
  onSave: (doc: ExportDocument, how: 'download' | 'copy') => void;
  onClose: () => void;
}

const STYLES: { value: HighlightStyle; label: string }[] = [
  { value: 'callout', label: 'Coloured callouts' },
  { value: 'highlight', label: '==Highlighted== text' },
];

/** Shows the Markdown an export will write, in the chosen highlight style, before it is saved or copied. */
export function ExportPreview({ style: initial, build, onSave, onClose }: Props) {
  const [style, setStyle] = useState(initial);
  const [doc, setDoc] = useState<ExportDocument | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    build({ style }).then(
      (built) => live && setDoc(built),
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [build, style]);
  return (
    <Modal
      labelledBy="export-preview-title"
      className="export-preview"
      testId="export-preview"
      onClose={onClose}
    >
      <h2 id="export-preview-title">{doc ? doc.fileName : 'Preparing the export…'}</h2>
      <fieldset aria-label="Highlights as">
        {STYLES.map((s) => (
          <label key={s.value}>
            <input
              type="radio"
              name="export-style"
              value={s.value}
              checked={style === s.value}
              onChange={() => {
                setStyle(s.value);
                rememberExportStyle(s.value);
              }}
              data-testid={`export-style-${s.value}`}
            />
            {s.label}
          </label>
        ))}
      </fieldset>
      {error ? (
        <p role="alert">The export could not be prepared: {error}</p>
      ) : (
        <pre className="export-preview-text" tabIndex={0} data-testid="export-preview-text">
          {doc?.markdown ?? ''}
        </pre>
      )}
      <div className="modal-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={doc === null}
          onClick={() => doc && onSave(doc, 'download')}
          data-testid="export-preview-download"
        >
          Save {doc?.fileName ?? ''}
        </button>
        <button
          type="button"
          className="button"
          disabled={doc === null}
          onClick={() => doc && onSave(doc, 'copy')}
        >
          Copy Markdown
        </button>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}
