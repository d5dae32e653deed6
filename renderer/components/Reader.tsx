import { useMemo, type ReactNode } from 'react';
import type { Article } from '../../archive/core/articles/article';
import type { ArchiveClient } from '../model/archive-client';
import { articleLinks } from '../shell/article-links';
import { preferredExportStyle } from '../model/export-style';
import { downloadText } from '../model/save-text';
import { useReaderModel } from '../model/use-reader-model';
import { useCaretMode } from '../model/use-caret-mode';
import { useToast } from '../model/toasts';
import { useCommand } from '../shell/use-command';
import { useReaderCommands } from '../shell/use-reader-commands';
import { AnnotationSidebar } from './AnnotationSidebar';
import { ArticleBody } from './ArticleBody';
import { FindBar } from './FindBar';
import { SelectionToolbar } from './SelectionToolbar';

/** The reading view of one loaded article: text, highlights, find, notes and their keyboard commands. */
export function Reader({
  archive,
  article,
  query,
  annotation,
  onBack,
  importedActions,
}: {
  archive: ArchiveClient;
  article: Article;
  query: string;
  annotation: string | undefined;
  onBack: () => void;
  /** Rename, retag and delete, for an article the user imported. */
  importedActions: ReactNode;
}) {
  const model = useReaderModel({ archive, article, query, annotation });
  const links = useMemo(() => articleLinks(article.id), [article.id]);
  const { find, setFind, findHits, currentFind, searchHits, selection, highlight, activate } = model;
  const { placed, activeId, exportArticle, reattachId } = model;
  useReaderCommands({
    target: selection?.range ?? (findHits.length > 0 ? findHits[currentFind] : undefined),
    highlight,
    openFind: () => setFind((f) => ({ ...f, open: true, focusSignal: f.focusSignal + 1 })),
    back: () => (find.open ? setFind((f) => ({ ...f, open: false })) : onBack()),
    placed,
    activeId,
    activate,
    editNote: model.setEditingId,
  });

  const caretMode = useCaretMode(model.bodyRef);
  const toast = useToast();
  useCommand('caret-mode', () => {
    toast({
      text: caretMode.on
        ? 'Caret mode off.'
        : 'Caret mode on: arrows move, Shift+arrows select, 1–6 highlight. F7 turns it off.',
    });
    caretMode.toggle();
  });
  useCommand('export-article', () => {
    void exportArticle({ style: preferredExportStyle() }).then((doc) =>
      downloadText(doc.fileName, doc.markdown),
    );
  });

  return (
    <div className="reader">
      <article className="reader-main" aria-labelledby="article-title">
        <button type="button" className="link-button back" onClick={onBack} data-testid="back">
          ← Back{query ? ' to results' : ' to library'}
        </button>
        {find.open && (
          <FindBar
            focusSignal={find.focusSignal}
            needle={find.needle}
            onNeedle={(needle) => setFind((f) => ({ ...f, needle, current: 0 }))}
            count={findHits.length}
            current={currentFind}
            onStep={(d) =>
              setFind((f) => ({
                ...f,
                current: (currentFind + d + findHits.length) % Math.max(1, findHits.length),
              }))
            }
            onClose={() => setFind((f) => ({ ...f, open: false }))}
            onHighlight={() => {
              const hit = findHits[currentFind];
              if (hit) void highlight(hit, 'yellow', false);
            }}
          />
        )}
        <header className="article-head">
          <h1 id="article-title" data-testid="article-title" tabIndex={-1}>
            {article.title}
          </h1>
          <p className="article-meta">
            <span data-testid="article-source">{article.source}</span>
            {article.date && <time dateTime={article.date}> · {article.date}</time>}
            {query && searchHits.length > 0 && (
              <span className="muted" data-testid="search-hit-count">
                {' '}
                · {searchHits.length} {searchHits.length === 1 ? 'match' : 'matches'} for “{query}”
              </span>
            )}
          </p>
          {importedActions}
        </header>
        <ArticleBody
          blocks={article.blocks}
          offsets={model.offsets}
          marks={model.marks}
          activeAnnotationId={activeId}
          currentFindId={findHits.length > 0 ? `find-${currentFind}` : null}
          onAnnotationClick={activate}
          bodyRef={model.bodyRef}
          pageHref={links.pageHref}
          loadImage={links.loadImage}
        />
        {caretMode.caret && (
          <span
            className="caret"
            aria-hidden="true"
            data-testid="caret"
            style={{ top: caretMode.caret.top, left: caretMode.caret.left, height: caretMode.caret.height }}
          />
        )}
        {/* Right after the text, so Tab from a selection reaches the colours before the sidebar. */}
        {selection && (
          <SelectionToolbar
            rect={selection.anchor}
            onHighlight={(c, n) => void highlight(selection.range, c, n)}
            onAttach={reattachId === null ? undefined : () => void model.attach(reattachId, selection.range)}
          />
        )}
      </article>
      <AnnotationSidebar
        placed={placed}
        activeId={activeId}
        editingId={model.editingId}
        drafts={model.draftsById}
        onActivate={activate}
        onEditing={model.setEditingId}
        onReattach={model.startReattach}
        exportArticle={exportArticle}
        storageError={model.notesError}
        bodyRef={model.bodyRef}
      />
    </div>
  );
}
