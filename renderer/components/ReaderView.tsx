import { useArticle } from '../model/use-article';
import { useLibraryVersion } from '../model/use-library-version';
import { parseZimArticleId, useOpenZims } from '../model/zim-sessions';
import { ZimReconnect } from './ZimReconnect';
import type { ArchiveClient } from '../model/archive-client';
import { ImportedArticleActions } from './ImportedArticleActions';
import { Reader } from './Reader';

interface Props {
  archive: ArchiveClient;
  id: string;
  query: string;
  /** A highlight to select and scroll to once the article shows (opened from the notebook). */
  annotation?: string;
  onBack: () => void;
}

/** Opens one article: loads it, then hands it to the reading view. */
export function ReaderView({ archive, id, query, annotation, onBack }: Props) {
  // An imported article is read again whenever it changes: renamed, re-imported, or by Undo.
  const version = useLibraryVersion(id);
  // A Kiwix page is read again once its library's file is picked again (after a restart).
  const zimPage = parseZimArticleId(id);
  const zimOpen = useOpenZims().has(zimPage?.uuid ?? '');
  const state = useArticle(archive, id, version * 2 + (zimOpen ? 1 : 0));
  if (state.status === 'loading') return <p className="muted reader-loading">Opening article…</p>;
  if (state.status === 'error' && zimPage !== undefined && !zimOpen)
    return <ZimReconnect uuid={zimPage.uuid} onBack={onBack} />;
  if (state.status === 'error') {
    return (
      <section className="notice notice-warn" role="alert">
        <h2>This article could not be opened</h2>
        <p>{state.message}</p>
        <button type="button" className="button" onClick={onBack}>
          Back to the library
        </button>
      </section>
    );
  }
  return (
    <Reader
      key={id}
      archive={archive}
      article={state.article}
      query={query}
      annotation={annotation}
      onBack={onBack}
      importedActions={<ImportedArticleActions article={state.article} onDeleted={onBack} />}
    />
  );
}
