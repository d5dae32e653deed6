import { useEffect, useRef, useState } from 'react';
import { HIGHLIGHT_COLORS, type Annotation, type HighlightColor } from '../../archive/core/annotation';
import { formatTag, parseTags } from '../../archive/core/tags';
import type { AnnotationChanges } from '../../archive/core/annotation-merge';
import { appCommands } from '../db/commands';
import { useToast } from './Toasts';

interface Props {
  annotation: Annotation;
  placed: boolean;
  active: boolean;
  editing: boolean;
  onActivate: () => void;
  onEditingChange: (editing: boolean) => void;
}

/** One highlight in the sidebar: its passage, note and tags, with edit and delete. */
export function AnnotationCard({ annotation, placed, active, editing, onActivate, onEditingChange }: Props) {
  const toast = useToast();
  const remove = async (): Promise<void> => {
    const commands = appCommands();
    try {
      await commands.remove(annotation.id);
    } catch (error) {
      toast({ text: `Could not delete the highlight: ${(error as Error).message}`, tone: 'error' });
      return;
    }
    toast({ text: 'Highlight deleted', action: { label: 'Undo', run: () => void commands.undo() } });
  };
  return (
    <li
      className={`note-card note-${annotation.color}${active ? ' note-active' : ''}`}
      data-testid="annotation-card"
      data-annotation-id={annotation.id}
    >
      {editing ? (
        <AnnotationEditor annotation={annotation} onDone={() => onEditingChange(false)} />
      ) : (
        <>
          <button type="button" className="note-quote" onClick={onActivate} title="Show in the article">
            {annotation.quote.exact}
          </button>
          {!placed && <p className="note-orphan">This passage is no longer in the article text.</p>}
          {annotation.note && (
            <p className="note-text" data-testid="annotation-note">
              {annotation.note}
            </p>
          )}
          {annotation.tags.length > 0 && (
            <p className="note-tags" data-testid="annotation-tags">
              {annotation.tags.map((t) => (
                <span key={t} className="tag">
                  {formatTag(t)}
                </span>
              ))}
            </p>
          )}
          <div className="note-actions">
            <button
              type="button"
              className="link-button"
              onClick={() => onEditingChange(true)}
              data-testid="edit-annotation"
            >
              {annotation.note ? 'Edit' : 'Add note'}
            </button>
            <button
              type="button"
              className="link-button danger"
              onClick={() => void remove()}
              data-testid="delete-annotation"
            >
              Delete
            </button>
          </div>
        </>
      )}
    </li>
  );
}

function AnnotationEditor({ annotation, onDone }: { annotation: Annotation; onDone: () => void }) {
  // The highlight as it was when editing began: only fields changed since then are written, so edits made
  // meanwhile in another window to the other fields are kept.
  const [base] = useState(annotation);
  const [color, setColor] = useState<HighlightColor>(annotation.color);
  const [note, setNote] = useState(annotation.note);
  const [tags, setTags] = useState(annotation.tags.map(formatTag).join(' '));
  // The editor closes without Save or Cancel when another card is opened for editing or a new highlight takes
  // its place; what was typed is then saved rather than lost. Only Cancel (or Escape) discards it.
  const draft = useRef<AnnotationChanges | null>(null);
  const changed =
    color !== annotation.color ||
    note !== annotation.note ||
    tags !== annotation.tags.map(formatTag).join(' ');
  useEffect(() => {
    draft.current = changed ? { color, note, tags: parseTags(tags) } : null;
  });
  const toast = useToast();
  const save = async (): Promise<void> => {
    try {
      const { notice } = await appCommands().edit(base, { color, note, tags: parseTags(tags) });
      draft.current = null;
      if (notice !== undefined) toast({ text: notice });
      onDone();
    } catch (error) {
      toast({ text: (error as Error).message, tone: 'error' });
    }
  };
  const cancel = (): void => {
    draft.current = null;
    onDone();
  };

  useEffect(
    () => () => {
      const pending = draft.current;
      if (!pending) return;
      appCommands()
        .edit(base, pending)
        .catch((error: Error) =>
          toast({ text: `Your note could not be saved: ${error.message}`, tone: 'error' }),
        );
    },
    [base, toast],
  );
  return (
    <form
      className="note-editor"
      data-testid="annotation-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          cancel();
        } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          void save();
        }
      }}
    >
      <blockquote className="note-quote-static">{annotation.quote.exact}</blockquote>
      <div className="swatches" role="radiogroup" aria-label="Colour">
        {HIGHLIGHT_COLORS.map((c) => (
          <button
            key={c}
            type="button"
            role="radio"
            aria-checked={c === color}
            aria-label={c}
            className={`swatch swatch-${c}`}
            data-testid={`edit-color-${c}`}
            onClick={() => setColor(c)}
          />
        ))}
      </div>
      <label className="field-stack">
        Note
        <textarea
          value={note}
          onChange={(e) => setNote(e.target.value)}
          rows={4}
          autoFocus
          data-testid="note-input"
        />
      </label>
      <label className="field-stack">
        Tags
        <input
          value={tags}
          onChange={(e) => setTags(e.target.value)}
          placeholder="#dji #policy"
          data-testid="tags-input"
          spellCheck={false}
        />
      </label>
      <div className="note-actions">
        <button type="submit" className="button button-primary" data-testid="save-annotation">
          Save
        </button>
        <button type="button" className="button" onClick={cancel}>
          Cancel
        </button>
        <span className="muted hint">Ctrl+Enter saves · Esc cancels</span>
      </div>
    </form>
  );
}
