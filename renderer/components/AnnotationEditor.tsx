import { useFieldUndo } from '../model/use-field-undo';
import { useEffect, useRef, useState } from 'react';
import {
  HIGHLIGHT_COLORS,
  type Annotation,
  type HighlightColor,
} from '../../archive/core/annotations/annotation';
import { formatTag, parseTags } from '../../archive/core/annotations/tags';
import { AnnotationInputError } from '../db/annotation-input';
import { appCommands } from '../db/commands';
import type { NoteDraft } from '../db/drafts';
import { useToast } from '../model/toasts';
import { explainStorageError } from '../db/storage';

interface Props {
  annotation: Annotation;
  /** What was typed before and not saved (a reload, a crash, Esc); the editor starts from it. */
  draft: NoteDraft | undefined;
  onDone: () => void;
}

type Closing = 'saved' | 'kept' | 'discarded';

/**
 * Edits a highlight's colour, note and tags. Every change is kept as a draft at once, so nothing typed is lost
 * to a reload, a crash or a closed window; Esc closes and keeps the draft, and only Discard throws it away.
 */
export function AnnotationEditor({ annotation, draft, onDone }: Props) {
  // The highlight as editing began: only fields changed since are written, so another window's edits of the
  // other fields are kept.
  const [base] = useState(draft?.base ?? annotation);
  const [color, setColor] = useState<HighlightColor>(draft?.color ?? annotation.color);
  const [note, setNote] = useState(draft?.note ?? annotation.note);
  const [tags, setTags] = useState(draft?.tags ?? annotation.tags.map(formatTag).join(' '));
  const toast = useToast();
  const closing = useRef<Closing | undefined>(undefined);
  const typed = useRef<{ color: HighlightColor; note: string; tags: string } | null>(null);
  const changed =
    draft !== undefined ||
    color !== base.color ||
    note !== base.note ||
    tags !== base.tags.map(formatTag).join(' ');

  const keep = (next: { color: HighlightColor; note: string; tags: string }): void => {
    typed.current = next;
    const record: NoteDraft = {
      annotationId: base.id,
      articleId: base.articleId,
      base,
      ...next,
      updatedAt: new Date().toISOString(),
    };
    appCommands()
      .keepDraft(record)
      .catch((error: Error) =>
        toast({
          text: `Your typing could not be kept as a draft: ${explainStorageError(error)}`,
          tone: 'error',
        }),
      );
  };
  const change = (patch: Partial<{ color: HighlightColor; note: string; tags: string }>): void => {
    const next = { color, note, tags, ...patch };
    if (patch.color !== undefined) setColor(patch.color);
    if (patch.note !== undefined) setNote(patch.note);
    if (patch.tags !== undefined) setTags(patch.tags);
    keep(next);
  };
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const tagsRef = useRef<HTMLInputElement>(null);
  const noteUndo = useFieldUndo(noteRef, note, (value) => change({ note: value }));
  const tagsUndo = useFieldUndo(tagsRef, tags, (value) => change({ tags: value }));

  const forget = (): Promise<void> => appCommands().discardDraft(base.id);

  const save = async (values = { color, note, tags }): Promise<void> => {
    const changes = { color: values.color, note: values.note, tags: parseTags(values.tags) };
    try {
      const { notice } = await appCommands().edit(base, changes);
      closing.current = 'saved';
      await forget();
      if (notice !== undefined) toast({ text: notice });
      onDone();
    } catch (error) {
      if (!(error instanceof AnnotationInputError) || !/deleted/.test(error.message)) {
        toast({ text: `Your note could not be saved: ${explainStorageError(error)}`, tone: 'error' });
        return;
      }
      // Deleted elsewhere while this was typed: the draft stays, and one click brings the highlight back with it.
      toast({
        text: 'This highlight was deleted in another window. Your note is kept as a draft.',
        tone: 'error',
        action: {
          label: 'Restore with your note',
          run: () =>
            void appCommands()
              .restore({ ...base, ...changes, updatedAt: new Date().toISOString() })
              .then(forget),
        },
      });
    }
  };
  const close = (how: 'kept' | 'discarded'): void => {
    closing.current = how;
    if (how === 'discarded') void forget();
    else if (changed) toast({ text: 'Your unsaved note is kept; resume it from its card.' });
    onDone();
  };

  // Closed by something else (another card opened, the article left): what was typed is saved, not dropped.
  useEffect(
    () => () => {
      const values = typed.current;
      if (closing.current !== undefined || values === null) return;
      appCommands()
        .edit(base, { color: values.color, note: values.note, tags: parseTags(values.tags) })
        .then(() => appCommands().discardDraft(base.id))
        .catch((error: Error) =>
          toast({
            text: `Your note was kept as a draft but not saved: ${explainStorageError(error)}`,
            tone: 'error',
          }),
        );
    },
    [base, toast],
  );

  return (
    <form
      autoComplete="off"
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
          close('kept');
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
            onClick={() => change({ color: c })}
          />
        ))}
      </div>
      <label className="field-stack">
        Note
        <textarea
          autoComplete="off"
          ref={noteRef}
          value={note}
          onChange={(e) => change({ note: e.target.value })}
          onKeyDown={noteUndo}
          rows={4}
          autoFocus
          data-testid="note-input"
        />
      </label>
      <label className="field-stack">
        Tags
        <input
          autoComplete="off"
          ref={tagsRef}
          value={tags}
          onChange={(e) => change({ tags: e.target.value })}
          onKeyDown={tagsUndo}
          placeholder="#dji #policy"
          data-testid="tags-input"
          spellCheck={false}
        />
      </label>
      <div className="note-actions">
        <button type="submit" className="button button-primary" data-testid="save-annotation">
          Save
        </button>
        <button
          type="button"
          className="button"
          onClick={() => close('discarded')}
          data-testid="discard-annotation"
        >
          Discard changes
        </button>
        <span className="muted hint">Ctrl+Enter saves · Esc closes and keeps a draft</span>
      </div>
    </form>
  );
}
