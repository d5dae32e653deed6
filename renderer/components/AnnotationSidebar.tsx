import { useRef, type RefObject } from 'react';
import { useCardAlignment } from '../model/use-card-alignment';
import type { PlacedAnnotation } from '../../archive/core/annotations/anchoring';
import type { HighlightStyle } from '../../archive/core/export/note-markdown';
import type { NoteDraft } from '../db/drafts';
import { AnnotationCard } from './AnnotationCard';
import { ExportMenu } from './ExportMenu';
import type { ExportDocument } from '../model/export-style';
import { LostDraftCard } from './LostDraftCard';

interface Props {
  placed: readonly PlacedAnnotation[];
  activeId: string | null;
  editingId: string | null;
  /** Unsaved note drafts by highlight id. */
  drafts: ReadonlyMap<string, NoteDraft>;
  onActivate: (id: string) => void;
  onEditing: (id: string | null) => void;
  onReattach: (id: string) => void;
  exportArticle: (options: { style: HighlightStyle }) => Promise<ExportDocument>;
  /** Why stored notes could not be read, if they could not. */
  storageError: string | null;
  /** The article text, whose highlights the cards are set beside on wide windows. */
  bodyRef: RefObject<HTMLElement | null>;
}

/** The article's highlights in reading order; clicking one scrolls to its passage. */
export function AnnotationSidebar({
  placed,
  activeId,
  editingId,
  drafts,
  onActivate,
  onEditing,
  onReattach,
  exportArticle,
  storageError,
  bodyRef,
}: Props) {
  const listRef = useRef<HTMLOListElement>(null);
  // Any change to the cards (added, removed, reordered, opened for editing) lays them out again.
  useCardAlignment(
    listRef,
    bodyRef,
    `${placed.map((p) => `${p.annotation.id}:${p.range?.start ?? -1}`).join()}|${editingId}|${drafts.size}`,
  );
  const present = new Set(placed.map((p) => p.annotation.id));
  const lost = [...drafts.values()].filter((d) => !present.has(d.annotationId));
  return (
    <aside className="sidebar" aria-label="Notes" data-testid="notes-sidebar">
      <div className="sidebar-head">
        <h2>
          Notes <span className="muted">({placed.length})</span>
        </h2>
        <ExportMenu label="Export" testId="export-article" build={exportArticle} />
      </div>
      {storageError ? (
        <p className="note-orphan" role="alert" data-testid="notes-error">
          Your notes could not be read: {storageError}. Nothing was changed; reading and search still work.
        </p>
      ) : placed.length === 0 && lost.length === 0 ? (
        <p className="muted sidebar-empty">Select text in the article to highlight it and add a note.</p>
      ) : (
        <ol className="note-list" ref={listRef}>
          {lost.map((draft) => (
            <LostDraftCard
              key={draft.annotationId}
              draft={draft}
              onSettled={() => {
                if (editingId === draft.annotationId) onEditing(null);
              }}
            />
          ))}
          {placed.map(({ annotation, range }) => (
            <AnnotationCard
              key={annotation.id}
              annotation={annotation}
              placed={range !== null}
              active={annotation.id === activeId}
              editing={annotation.id === editingId}
              draft={drafts.get(annotation.id)}
              onActivate={() => onActivate(annotation.id)}
              onEditingChange={(on) => onEditing(on ? annotation.id : null)}
              onReattach={() => onReattach(annotation.id)}
            />
          ))}
        </ol>
      )}
    </aside>
  );
}
