import { useState } from 'react';
import type { Article } from '../../archive/core/articles/article';
import type { ImportedArticle } from '../../archive/core/import/imported-article';
import { appHistory } from '../db/command-history';
import { appLibrary } from '../db/library-commands';
import { useToast } from '../model/toasts';

interface Props {
  article: Article;
  /** After a delete: the reader goes back. */
  onDeleted(): void;
}

/** Whether an opened article is one the user imported (it then carries where it came from). */
function isImported(article: Article): article is ImportedArticle {
  return 'fileName' in article && 'contentHash' in article;
}

type Mode = 'view' | 'rename' | 'retag' | 'delete';

/**
 * Where an imported article came from, and renaming, re-tagging and deleting it; deleting asks first and says
 * that the article's highlights stay in the notebook.
 */
export function ImportedArticleActions({ article, onDeleted }: Props) {
  const [mode, setMode] = useState<Mode>('view');
  const [draft, setDraft] = useState('');
  const toast = useToast();
  if (!isImported(article)) return null;
  const imported = new Date(article.importedAt).toISOString().slice(0, 10);
  const fail = (error: unknown): void =>
    toast({
      text: `That did not work: ${error instanceof Error ? error.message : String(error)}`,
      tone: 'error',
    });
  const save = async (): Promise<void> => {
    try {
      // The library change stream then refreshes the reader, the library and search.
      if (mode === 'rename') await appLibrary().rename(article.id, draft);
      else await appLibrary().retag(article.id, draft.split(','));
      setMode('view');
    } catch (error) {
      fail(error);
    }
  };
  const remove = async (): Promise<void> => {
    try {
      await appLibrary().remove(article.id);
      toast({
        text: `Deleted “${article.title}”. Its highlights stay in your notebook.`,
        action: { label: 'Undo', run: () => void appHistory().undo() },
      });
      onDeleted();
    } catch (error) {
      fail(error);
    }
  };

  return (
    <div className="imported-actions" data-testid="imported-actions">
      <p className="muted">
        Imported from <span className="import-path">{article.fileName}</span> on {imported}
        {article.byline && ` · by ${article.byline}`}
        {article.tags && article.tags.length > 0 && ` · tags: ${article.tags.join(', ')}`}
      </p>
      {mode === 'view' && (
        <div className="modal-actions">
          <button
            type="button"
            className="link-button"
            data-testid="imported-rename"
            onClick={() => {
              setDraft(article.title);
              setMode('rename');
            }}
          >
            Rename
          </button>
          <button
            type="button"
            className="link-button"
            data-testid="imported-retag"
            onClick={() => {
              setDraft((article.tags ?? []).join(', '));
              setMode('retag');
            }}
          >
            Edit tags
          </button>
          <button
            type="button"
            className="link-button danger"
            data-testid="imported-delete"
            onClick={() => setMode('delete')}
          >
            Delete…
          </button>
        </div>
      )}
      {(mode === 'rename' || mode === 'retag') && (
        <form
          autoComplete="off"
          className="modal-actions"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <label className="field">
            {mode === 'rename' ? 'Title' : 'Tags, separated by commas'}
            <input
              autoComplete="off"
              autoFocus
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
              onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), setMode('view'))}
              data-testid="imported-input"
            />
          </label>
          <button type="submit" className="button button-primary" data-testid="imported-save">
            Save
          </button>
          <button type="button" className="button" onClick={() => setMode('view')}>
            Cancel
          </button>
        </form>
      )}
      {mode === 'delete' && (
        <div className="notice notice-warn" role="alertdialog" aria-labelledby="delete-question">
          <p id="delete-question">
            Delete “{article.title}” from the library? Its highlights and notes stay in your notebook, where
            you can still export or delete them.
          </p>
          <div className="modal-actions">
            <button
              type="button"
              className="button button-danger"
              data-testid="imported-delete-confirm"
              autoFocus
              onClick={() => void remove()}
            >
              Delete article
            </button>
            <button type="button" className="button" onClick={() => setMode('view')}>
              Keep it
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
