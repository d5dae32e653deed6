import { useEffect, useState } from 'react';
import type { Article } from '../../archive/core/articles/article';
import type { ArchiveClient } from './archive-client';

/** An article being opened: loading, loaded, or failed with a message for the user. */
export type ArticleState =
  { status: 'loading' } | { status: 'ready'; article: Article } | { status: 'error'; message: string };

/** Loads one article's body when it is shown, and again whenever `version` changes. */
export function useArticle(archive: ArchiveClient, id: string, version = 0): ArticleState {
  const [state, setState] = useState<ArticleState & { id?: string }>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    archive.loadArticle(id).then(
      (article) => live && setState({ status: 'ready', article, id }),
      (error: Error) => live && setState({ status: 'error', message: error.message, id }),
    );
    return () => {
      live = false;
    };
  }, [archive, id, version]);
  return state.id === id ? state : { status: 'loading' };
}
