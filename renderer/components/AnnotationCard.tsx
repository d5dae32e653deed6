import { useState } from 'react';
import type { Annotation } from '../../archive/core/annotations/annotation';
import { formatTag } from '../../archive/core/annotations/tags';
import { appCommands } from '../db/commands';
import { appHistory } from '../db/command-history';
import type { NoteDraft } from '../db/drafts';
import { AnnotationEditor } from './AnnotationEditor';
import { useToast } from '../model/toasts';
import { explainStorageError } from '../db/storage';

interface Props {
  annotation: Annotation;
  placed: boolean;
  active: boolean;
  editing: boolean;
  /** Typed and not saved, from an earlier session or after Esc. */
  draft: NoteDraft | undefined;
  onActivate: () => void;
  /** Starts moving an orphan to a new passage (the next selection offers "Attach note here"). */
  onReattach: () => void;
  onEditingChange: (editing: boolean) => void;
}

/** One highlight in the sidebar: its passage, note and tags, with edit and delete. */
export function AnnotationCard({
  annotation,
  placed,
  active,
  editing,
  draft,
  onActivate,
  onEditingChange,
  onReattach,
}: Props) {
  const toast = useToast();
  const remove = async (): Promise<void> => {
    const commands = appCommands();
    try {
      await commands.remove(annotation.id);
    } catch (error) {
      toast({ text: `Could not delete the highlight: ${explainStorageError(error)}`, tone: 'error' });
      return;
    }
    toast({ text: 'Highlight deleted', action: { label: 'Undo', run: () => void appHistory().undo() } });
  };
  return (
    <li
      className={`note-card note-${annotation.color}${active ? ' note-active' : ''}`}
      data-testid="annotation-card"
      data-annotation-id={annotation.id}
      id={`note-card-${annotation.id}`}
      aria-label={`${annotation.color} highlight${annotation.note.trim() ? ', with a note' : ''}`}
    >
      {editing ? (
        <AnnotationEditor annotation={annotation} draft={draft} onDone={() => onEditingChange(false)} />
      ) : (
        <>
          <button type="button" className="note-quote" onClick={onActivate} title="Show in the article">
            {annotation.quote.exact}
          </button>
          {!placed && (
            <p className="note-orphan" data-testid="orphan-notice">
              This passage is no longer in the article text.{' '}
              <button type="button" className="link-button" onClick={onReattach} data-testid="reattach">
                Re-attach to a new passage
              </button>
            </p>
          )}
          {annotation.note && <NoteText id={annotation.id} note={annotation.note} />}
          {annotation.tags.length > 0 && (
            <p className="note-tags" data-testid="annotation-tags">
              {annotation.tags.map((t) => (
                <span key={t} className="tag">
                  {formatTag(t)}
                </span>
              ))}
            </p>
          )}
          {draft && (
            <div className="note-draft" data-testid="annotation-draft">
              <p>
                <strong>Unsaved note:</strong> {draft.note || '(no text)'}
              </p>
              <button
                type="button"
                className="link-button"
                onClick={() => onEditingChange(true)}
                data-testid="resume-draft"
              >
                Resume
              </button>
              <button
                type="button"
                className="link-button danger"
                onClick={() => void appCommands().discardDraft(annotation.id)}
                data-testid="discard-draft"
              >
                Discard
              </button>
            </div>
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

/** Notes longer than this many characters or lines start collapsed to a few lines, with Show more. */
const LONG_NOTE_CHARACTERS = 280;
const LONG_NOTE_LINES = 5;

// A long note collapsed: a 5,000-character note would otherwise make its card thousands of pixels tall.
function NoteText({ id, note }: { id: string; note: string }) {
  const [expanded, setExpanded] = useState(false);
  const long = note.length > LONG_NOTE_CHARACTERS || note.split('\n').length > LONG_NOTE_LINES;
  const textId = `note-text-${id}`;
  return (
    <>
      <p
        id={textId}
        className={`note-text${long && !expanded ? ' note-collapsed' : ''}`}
        data-testid="annotation-note"
      >
        {note}
      </p>
      {long && (
        <button
          type="button"
          className="link-button"
          aria-expanded={expanded}
          aria-controls={textId}
          onClick={() => setExpanded((e) => !e)}
          data-testid="toggle-note"
        >
          {expanded ? 'Show less' : 'Show more'}
        </button>
      )}
    </>
  );
}
