import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  anchorPassage,
  describePassage,
  type PlacedAnnotation,
} from '../../archive/core/annotations/anchoring';
import type { HighlightColor } from '../../archive/core/annotations/annotation';
import type { Mark } from '../../archive/core/annotations/highlight-layout';
import { blockOffsets, plainText, type Article } from '../../archive/core/articles/article';
import { hashText } from '../../archive/core/articles/text-hash';
import type { TextRange } from '../../archive/core/articles/text-range';
import type { HighlightStyle } from '../../archive/core/export/note-markdown';
import { findAll } from '../../archive/core/search/find';
import { appCommands } from '../db/commands';
import { appDatabase } from '../db/database';
import { draftsForArticle, type NoteDraft } from '../db/drafts';
import { useArticleAnnotations, useArticleDrafts } from '../db/hooks';
import { explainStorageError } from '../db/storage';
import type { ArchiveClient } from './archive-client';
import type { ExportDocument } from './export-style';
import { useToast } from './toasts';
import { useReattach } from './use-reattach';
import { useReadingPosition } from './use-reading-position';
import { useTextSelection } from './use-text-selection';

function scrollToMark(selector: string): void {
  // Smooth unless the user asked the system for less motion.
  const calm = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  document.querySelector(selector)?.scrollIntoView({ block: 'center', behavior: calm ? 'auto' : 'smooth' });
}

/** Find in the article: whether the bar is open, what it looks for, which hit is current. */
export interface FindState {
  open: boolean;
  needle: string;
  current: number;
  focusSignal: number;
}

/**
 * Everything the reader of one article holds and does, apart from drawing it: its text and offsets, the stored
 * highlights placed on it, search and find hits, the selection, drafts, the reading position, and the actions
 * (highlight, activate, re-attach, export). The Reader component renders what this returns.
 */
export function useReaderModel({
  archive,
  article,
  query,
  annotation,
}: {
  archive: ArchiveClient;
  article: Article;
  query: string;
  annotation: string | undefined;
}) {
  const text = useMemo(() => plainText(article.blocks), [article]);
  const offsets = useMemo(() => blockOffsets(article.blocks), [article]);
  const textHash = useMemo(() => hashText(text), [text]);
  const bodyRef = useRef<HTMLDivElement>(null);
  const toast = useToast();
  const { data: annotations, error: notesError } = useArticleAnnotations(article.id);
  const [activeId, setActiveId] = useState<string | null>(annotation ?? null);
  const blockLengths = useMemo(() => article.blocks.map((b) => b.text.length), [article]);
  useReadingPosition(
    article.id,
    annotation === undefined && query.trim() === '',
    bodyRef,
    offsets,
    blockLengths,
  );
  // Opened at a highlight (from the notebook): its passage is brought into view once it is painted.
  const arrived = annotations !== undefined;
  useEffect(() => {
    if (annotation !== undefined && arrived)
      scrollToMark(`mark[data-annotation-id="${CSS.escape(annotation)}"]`);
  }, [annotation, arrived]);
  // undefined until the user opens or closes an editor: until then a note left unsaved by a reload, crash or
  // close is open in its editor.
  const [editingChoice, setEditingId] = useState<string | null | undefined>(undefined);
  const drafts = useArticleDrafts(article.id);

  // The newest draft when the article opened, read once: a draft another window starts later stays closed here.
  const [resume, setResume] = useState<NoteDraft | null>(null);
  useEffect(() => {
    let live = true;
    draftsForArticle(appDatabase(), article.id).then(
      (found) => live && setResume(found[0] ?? null),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [article.id]);
  const editingId = editingChoice === undefined ? (resume?.annotationId ?? null) : editingChoice;
  // Until the live list of drafts arrives, the draft read at opening stands in, so its editor starts from it.
  const draftsById = useMemo(
    () => new Map((drafts ?? (resume ? [resume] : [])).map((d) => [d.annotationId, d])),
    [drafts, resume],
  );
  const [searchHits, setSearchHits] = useState<TextRange[]>([]);
  const [find, setFind] = useState<{ open: boolean; needle: string; current: number; focusSignal: number }>({
    open: false,
    needle: '',
    current: 0,
    focusSignal: 0,
  });
  const [selection, clearSelection] = useTextSelection(bodyRef, text);

  // Re-anchor every stored highlight from its selectors against the text as it is now.
  const placed = useMemo<PlacedAnnotation[]>(
    () =>
      (annotations ?? []).map((annotation) => ({
        annotation,
        range: anchorPassage(text, annotation, textHash),
      })),
    [annotations, text, textHash],
  );
  const findHits = useMemo(
    () => (find.open ? findAll(text, find.needle) : []),
    [find.open, find.needle, text],
  );
  const currentFind = findHits.length > 0 ? find.current % findHits.length : 0;

  useEffect(() => {
    let live = true;
    if (query.trim())
      void archive.search.matchesIn(query, article.id).then((hits) => live && setSearchHits(hits));
    return () => {
      live = false;
    };
  }, [archive, article.id, query]);
  useEffect(() => {
    if (searchHits.length > 0) scrollToMark('.hit-search');
  }, [searchHits]);
  useEffect(() => {
    if (findHits.length > 0) scrollToMark(`[data-find-id="find-${currentFind}"]`);
  }, [findHits, currentFind]);

  const marks = useMemo<Mark[]>(() => {
    const list: Mark[] = searchHits.map((r, i) => ({ ...r, kind: 'search', id: `search-${i}` }));
    for (const { annotation, range } of placed) {
      if (range) {
        list.push({
          ...range,
          kind: 'annotation',
          id: annotation.id,
          color: annotation.color,
          createdAt: annotation.createdAt,
        });
      }
    }
    findHits.forEach((r, i) => list.push({ ...r, kind: 'find', id: `find-${i}` }));
    return list;
  }, [searchHits, placed, findHits]);

  // Highlights any range: the mouse selection, or the current find hit for keyboard users.
  const highlight = useCallback(
    async (range: TextRange, color: HighlightColor, withNote: boolean) => {
      try {
        const selectors = describePassage(text, range.start, range.end);
        const saved = await appCommands().create({
          articleId: article.id,
          color,
          textHash,
          ...selectors,
        });
        clearSelection();
        setActiveId(saved.id);
        if (withNote) setEditingId(saved.id);
      } catch (error) {
        toast({ text: `Could not save the highlight: ${explainStorageError(error)}`, tone: 'error' });
      }
    },
    [text, textHash, article.id, clearSelection, toast],
  );

  const { reattachId, startReattach, attach } = useReattach({
    text,
    textHash,
    clearSelection,
    onAttached: setActiveId,
  });

  const activate = useCallback((id: string) => {
    setActiveId(id);
    // The card first: a second scrollIntoView on the same scroller would cancel the smooth scroll to the passage.
    const card = document.querySelector<HTMLElement>(`.note-card[data-annotation-id="${CSS.escape(id)}"]`);
    card?.scrollIntoView({ block: 'nearest' });
    // Focus follows, so a screen reader reads the highlight's quote and Tab continues to its note and actions.
    card?.querySelector<HTMLElement>('.note-quote')?.focus({ preventScroll: true });
    scrollToMark(`mark[data-annotation-id="${CSS.escape(id)}"]`);
  }, []);

  const exportArticle = useCallback(
    async (options: { style: HighlightStyle }): Promise<ExportDocument> => {
      // Loaded when first used: export and its YAML writer need not be evaluated at launch.
      const { exportArticleNotes, exportFileName } =
        await import('../../archive/core/export/export-markdown');
      const list = (annotations ?? []).slice();
      return {
        fileName: exportFileName(article),
        markdown: exportArticleNotes(article, list, new Date(), options),
      };
    },
    [annotations, article],
  );
  return {
    text,
    offsets,
    bodyRef,
    notesError,
    placed,
    activeId,
    editingId,
    setEditingId,
    draftsById,
    find,
    setFind,
    findHits,
    currentFind,
    searchHits,
    selection,
    marks,
    highlight,
    activate,
    reattachId,
    startReattach,
    attach,
    exportArticle,
  };
}
