import { useMemo, useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Annotation } from '../../archive/core/annotations/annotation';
import {
  annotationsByArticle,
  annotationsForArticle,
  countLibraryAnnotations,
  setAsideAnnotations,
} from './annotations';
import type { SetAsideRecord } from '../../archive/core/annotations/annotation-record';
import { appHistory, type HistoryState } from './command-history';
import { draftsForArticle, type NoteDraft } from './drafts';
import { explainStorageError } from './storage';
import { storageBlocked, subscribeStorageBlocked } from './open-status';
import { appDatabase, type ZimRecord } from './database';
import { loadZims } from './zims';

/** A live query's latest answer: data (undefined until the first read) or why storage could not be read. */
export interface LiveResult<T> {
  data: T | undefined;
  error: string | null;
}

// dexie-react-hooks rethrows a failed query during render; caught here so a broken or blocked IndexedDB shows a
// notice beside a still-working reader instead of taking the whole view down.
async function settle<T>(read: () => Promise<T>, fallback: T): Promise<LiveResult<T>> {
  try {
    return { data: await read(), error: null };
  } catch (error) {
    return { data: fallback, error: explainStorageError(error) };
  }
}

const LOADING = { data: undefined, error: null };

/** One article's highlights in reading order, kept live. */
export function useArticleAnnotations(articleId: string): LiveResult<Annotation[]> {
  return (
    useLiveQuery(() => settle(() => annotationsForArticle(appDatabase(), articleId), []), [articleId]) ??
    LOADING
  );
}

/** The number of highlights per article, kept live, for the library's badges. */
export function useAnnotationCounts(): LiveResult<Map<string, number>> {
  // Counted from the notebook's own live query, so the app reads every annotation once per change, not twice.
  const { data, error } = useNotebook();
  const counts = useMemo(
    () => (data === undefined ? undefined : new Map([...data].map(([id, list]) => [id, list.length]))),
    [data],
  );
  return { data: counts, error };
}

/** Per tag (in lower case), the ids of the articles with a note so tagged, for the search's `tag:` operator. */
export function useTaggedArticles(): Record<string, string[]> | undefined {
  const { data } = useNotebook();
  return useMemo(() => {
    if (data === undefined) return undefined;
    const tagged: Record<string, string[]> = {};
    for (const [articleId, annotations] of data) {
      const tags = new Set(annotations.flatMap((a) => a.tags.map((tag) => tag.toLocaleLowerCase())));
      for (const tag of tags) (tagged[tag] ??= []).push(articleId);
    }
    return tagged;
  }, [data]);
}

/** What Undo and Redo would do in this window, kept current for their buttons. */
export function useHistoryState(): HistoryState {
  const history = appHistory();
  return useSyncExternalStore(
    (listener) => history.subscribe(listener),
    () => history.historyState(),
  );
}

/** One article's unsaved note drafts, newest first, kept live; undefined until first read (empty on failure). */
export function useArticleDrafts(articleId: string): NoteDraft[] | undefined {
  const result = useLiveQuery(
    () => settle(() => draftsForArticle(appDatabase(), articleId), []),
    [articleId],
  );
  return result?.data;
}

/** Stored records that could not be read as highlights, kept live so the app can list them. */
export function useSetAsideRecords(): SetAsideRecord[] {
  const result = useLiveQuery(() => settle(() => setAsideAnnotations(appDatabase()), []), []);
  return result?.data ?? NONE_SET_ASIDE;
}

const NONE_SET_ASIDE: SetAsideRecord[] = [];

/** Whether the notes database is waiting for another window that holds an older version open. */
export function useStorageBlocked(): boolean {
  return useSyncExternalStore(subscribeStorageBlocked, storageBlocked);
}

/** Every readable highlight, grouped by article id, each group in reading order, kept live. */
export function useNotebook(): LiveResult<Map<string, Annotation[]>> {
  return (
    useLiveQuery(() => settle(() => annotationsByArticle(appDatabase()), new Map<string, Annotation[]>())) ??
    LOADING
  );
}

/** The ZIM libraries the user added, oldest first, and how many stored records could not be read; kept live. */
export function useZimLibraries(): LiveResult<{ zims: ZimRecord[]; unreadable: number }> {
  return (
    useLiveQuery(() => settle(() => loadZims(appDatabase()), { zims: [] as ZimRecord[], unreadable: 0 })) ??
    LOADING
  );
}

/** How many highlights are on pages of one Kiwix library, kept live (0 while unknown). */
export function useLibraryAnnotationCount(uuid: string): number {
  const result = useLiveQuery(() => settle(() => countLibraryAnnotations(appDatabase(), uuid), 0), [uuid]);
  return result?.data ?? 0;
}
