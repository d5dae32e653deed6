import { useCallback, useMemo, useState } from 'react';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../archive/core/annotations/annotation';
import { formatTag } from '../../archive/core/annotations/tags';
import { filterNotebook, notebookTags, type NotebookFilters } from '../model/notebook-filter';
import type { Route } from '../shell/route';
import { useNotebook } from '../db/hooks';
import { useNotesSearch } from '../model/use-notes-search';
import type { LibrarySnapshot } from '../model/library-store';
import { SelectField } from './SelectField';
import { appCommands } from '../db/commands';
import { appHistory } from '../db/command-history';
import { explainStorageError } from '../db/storage';
import { useToast } from '../model/toasts';
import type { Article } from '../../archive/core/articles/article';
import { useOrphans } from '../model/use-orphans';

interface Props {
  library: LibrarySnapshot;
  onOpen: (route: Route) => void;
  loadArticle: (articleId: string) => Promise<Article>;
}

/**
 * Every highlight across the archive, by article, narrowed by colour, tag, article, source, date and a search with the archive's syntax; opening one
 * opens its article at the passage. Highlights whose article is gone are listed too.
 */
export function NotebookView({ library, onOpen, loadArticle }: Props) {
  const { data: groups, error } = useNotebook();
  const [filters, setFilters] = useState<NotebookFilters>({});
  const [query, setQuery] = useState('');
  const found = useNotesSearch(query);
  const ids = useMemo(
    () =>
      query.trim() !== '' && found?.status === 'ok'
        ? new Set(found.hits.map((h) => h.annotation.id))
        : undefined,
    [found, query],
  );
  const shown = useMemo(
    () => filterNotebook(groups ?? new Map(), library.articles, { ...filters, ...(ids && { ids }) }),
    [groups, library.articles, filters, ids],
  );
  const tags = useMemo(() => notebookTags(groups ?? new Map()), [groups]);
  const inArchive = useMemo(() => new Set(library.articles.map((a) => a.id)), [library.articles]);
  const present = useCallback((articleId: string) => inArchive.has(articleId), [inArchive]);
  const orphans = useOrphans(groups, present, loadArticle);
  // Only the articles that have highlights: a choice among 50,000 titles would help nobody.
  const articleChoices = useMemo(
    () =>
      filterNotebook(groups ?? new Map(), library.articles, {}).map((g) => ({
        value: g.articleId,
        label: g.article?.title ?? `${g.articleId} (no longer in this archive)`,
      })),
    [groups, library.articles],
  );
  const total = [...(groups?.values() ?? [])].reduce((n, list) => n + list.length, 0);
  const set = (change: Partial<NotebookFilters>) => setFilters((f) => ({ ...f, ...change }));
  const toast = useToast();
  // Any highlight can be deleted here, an orphan whose article is gone included; Undo brings it back.
  const remove = async (id: string): Promise<void> => {
    try {
      await appCommands().remove(id);
      toast({ text: 'Highlight deleted', action: { label: 'Undo', run: () => void appHistory().undo() } });
    } catch (error) {
      toast({ text: `Could not delete the highlight: ${explainStorageError(error)}`, tone: 'error' });
    }
  };
  const count = shown.reduce((n, g) => n + g.annotations.length, 0);
  return (
    <section aria-labelledby="notebook-title" data-testid="notebook">
      <div className="library-head">
        <h1 id="notebook-title">Notebook</h1>
        <span className="muted" role="status" data-testid="notebook-count">
          {count} of {total} highlights
        </span>
      </div>
      <div className="notebook-filters">
        <label className="field">
          Search notes
          <input
            autoComplete="off"
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="same syntax as the archive: audit* -dji"
            spellCheck={false}
            data-testid="notebook-text"
          />
        </label>
        <SelectField
          label="Colour"
          value={filters.color ?? ''}
          anyLabel="Any"
          options={HIGHLIGHT_COLORS.map((c) => ({ value: c, label: c }))}
          onChange={(value) => set({ color: (value || undefined) as HighlightColor | undefined })}
          testId="notebook-color"
        />
        <SelectField
          label="Tag"
          value={filters.tag ?? ''}
          anyLabel="Any"
          options={tags.map((t) => ({ value: t, label: formatTag(t) }))}
          onChange={(value) => set({ tag: value || undefined })}
          testId="notebook-tag"
        />
        <SelectField
          label="Article"
          value={filters.articleId ?? ''}
          anyLabel="Any"
          options={articleChoices}
          onChange={(value) => set({ articleId: value || undefined })}
          testId="notebook-article"
        />
        <SelectField
          label="Source"
          value={filters.source ?? ''}
          anyLabel="Any"
          options={library.sources.map((s) => ({ value: s, label: s }))}
          onChange={(value) => set({ source: value || undefined })}
          testId="notebook-source"
        />
        <label className="field">
          Changed since
          <input
            autoComplete="off"
            type="date"
            value={filters.since ?? ''}
            onChange={(e) => set({ since: e.target.value || undefined })}
            data-testid="notebook-since"
          />
        </label>
      </div>
      {found?.status === 'invalid' && query.trim() !== '' && (
        <p className="muted" role="status" data-testid="notebook-query-error">
          {found.message}
        </p>
      )}
      {error ? (
        <p role="alert">Your notes could not be read: {error}.</p>
      ) : total === 0 ? (
        <p className="muted">No highlights yet. Open an article, select a passage and pick a colour.</p>
      ) : shown.length === 0 ? (
        <p className="muted">No highlight matches these filters.</p>
      ) : (
        shown.map((group) => (
          <section key={group.articleId} className="notebook-group" aria-labelledby={`nb-${group.articleId}`}>
            <h2 id={`nb-${group.articleId}`}>{group.article?.title ?? group.articleId}</h2>
            <p className="muted">{group.article ? group.article.source : 'No longer in this archive'}</p>
            <ol className="note-list">
              {group.annotations.map((a) => (
                <li key={a.id} className={`note-card note-${a.color}`} data-testid="notebook-item">
                  <button
                    type="button"
                    className="note-quote"
                    disabled={group.article === undefined}
                    onClick={() => onOpen({ view: 'article', id: a.articleId, query: '', annotation: a.id })}
                  >
                    {a.quote.exact}
                  </button>
                  {orphans.has(a.id) && (
                    <p className="note-orphan" data-testid="notebook-orphan">
                      This passage is no longer in the article text; open it to re-attach the note.
                    </p>
                  )}
                  {a.note && <p className="note-text note-collapsed">{a.note}</p>}
                  {a.tags.length > 0 && <p className="note-tags">{a.tags.map(formatTag).join(' ')}</p>}
                  <div className="note-actions">
                    <button
                      type="button"
                      className="link-button danger"
                      onClick={() => void remove(a.id)}
                      data-testid="notebook-delete"
                    >
                      Delete
                    </button>
                  </div>
                </li>
              ))}
            </ol>
          </section>
        ))
      )}
    </section>
  );
}
