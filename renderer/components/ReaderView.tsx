import { useState } from 'react';
import { useArticle } from '../model/use-article';
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
  /** How many imports have finished; the article is read again after each, since one may have updated it. */
  imports?: number;
}

/** Opens one article: loads it, then hands it to the reading view. */
export function ReaderView({ archive, id, query, annotation, onBack, imports = 0 }: Props) {
  // Bumped after an imported article is renamed or retagged, so it is read again.
  const [version, setVersion] = useState(0);
  const state = useArticle(archive, id, version + imports);
  if (state.status === 'loading') return <p className="muted reader-loading">Opening article…</p>;
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
  const changed = (): void => {
    archive.search.importsChanged();
    setVersion((v) => v + 1);
  };
  const deleted = (): void => {
    archive.search.importsChanged();
    onBack();
  };
  return (
    <Reader
      key={id}
      archive={archive}
      article={state.article}
      query={query}
      annotation={annotation}
      onBack={onBack}
      importedActions={
        <ImportedArticleActions article={state.article} onChanged={changed} onDeleted={deleted} />
      }
    />
  );
}
