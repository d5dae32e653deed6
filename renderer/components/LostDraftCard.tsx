import { parseTags } from '../../archive/core/annotations/tags';
import { appCommands } from '../db/commands';
import type { NoteDraft } from '../db/drafts';
import { useToast } from '../model/toasts';
import { explainStorageError } from '../db/storage';

/**
 * A note typed for a highlight that is gone (deleted in another window while it was typed, or before a crash):
 * the text is shown, and one click brings the highlight back with it; nothing is dropped without a click.
 * `onSettled` runs once it is restored or discarded (the note's editor, if it was open, is done).
 */
export function LostDraftCard({ draft, onSettled }: { draft: NoteDraft; onSettled: () => void }) {
  const toast = useToast();
  const restore = async (): Promise<void> => {
    try {
      const { base } = draft;
      await appCommands().restore({
        ...base,
        color: draft.color,
        note: draft.note,
        tags: parseTags(draft.tags),
        updatedAt: new Date().toISOString(),
      });
      await appCommands().discardDraft(base.id);
      onSettled();
    } catch (error) {
      toast({ text: `The highlight could not be restored: ${explainStorageError(error)}`, tone: 'error' });
    }
  };
  return (
    <li className={`note-card note-${draft.color}`} data-testid="lost-draft">
      <p className="note-orphan">This highlight was deleted, but you were writing a note for it.</p>
      <blockquote className="note-quote-static">{draft.base.quote.exact}</blockquote>
      <p className="note-text" data-testid="lost-draft-note">
        {draft.note || '(no text)'}
      </p>
      <div className="note-actions">
        <button
          type="button"
          className="button button-primary"
          onClick={() => void restore()}
          data-testid="restore-draft"
        >
          Restore with your note
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void appCommands().discardDraft(draft.annotationId).then(onSettled)}
          data-testid="discard-lost-draft"
        >
          Discard
        </button>
      </div>
    </li>
  );
}
