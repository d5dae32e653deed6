import { useLiveQuery } from 'dexie-react-hooks';
import type { Annotation } from '../../archive/core/annotation';
import { annotationsByArticle, annotationsForArticle } from './annotations';
import { appDatabase } from './database';

/** One article's highlights in reading order, kept live; undefined while the first read is under way. */
export function useArticleAnnotations(articleId: string): Annotation[] | undefined {
  return useLiveQuery(() => annotationsForArticle(appDatabase(), articleId), [articleId]);
}

/** The number of highlights per article, kept live, for the library's badges. */
export function useAnnotationCounts(): Map<string, number> | undefined {
  return useLiveQuery(async () => {
    const groups = await annotationsByArticle(appDatabase());
    return new Map([...groups].map(([id, list]) => [id, list.length]));
  });
}
