import { capQuery } from '../model/query-limit';

/**
 * Where the user is: the library (optionally searching), one article (optionally opened from a search, or at
 * one of its highlights), the notebook of every highlight, the privacy panel, or one Kiwix library's A-Z list.
 */
export type Route =
  | { view: 'library'; query: string }
  | { view: 'article'; id: string; query: string; annotation?: string }
  | { view: 'notebook'; query: string }
  | { view: 'privacy'; query: string }
  | { view: 'zim'; uuid: string; query: string };

/** Reads a route from a location hash such as "#/article/some-id?q=drone"; anything unknown is the library. */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [path = '', search = ''] = raw.split('?', 2);
  const params = new URLSearchParams(search);
  const query = capQuery(params.get('q') ?? '');
  if (path === '/notebook') return { view: 'notebook', query: '' };
  if (path === '/privacy') return { view: 'privacy', query: '' };
  const zim = /^\/zim\/([0-9a-f]{32})$/.exec(path);
  if (zim?.[1]) return { view: 'zim', uuid: zim[1], query: '' };
  const match = /^\/article\/([^/]+)$/.exec(path);
  if (match?.[1]) {
    try {
      const annotation = params.get('a');
      return {
        view: 'article',
        id: decodeURIComponent(match[1]),
        query,
        ...(annotation ? { annotation } : {}),
      };
    } catch {
      return { view: 'library', query };
    }
  }
  return { view: 'library', query };
}

/** Writes a route as a location hash; the inverse of parseRoute. */
export function formatRoute(route: Route): string {
  if (route.view === 'notebook') return '#/notebook';
  if (route.view === 'privacy') return '#/privacy';
  if (route.view === 'zim') return `#/zim/${route.uuid}`;
  const query = capQuery(route.query);
  const params = new URLSearchParams(query ? { q: query } : {});
  if (route.view === 'article' && route.annotation) params.set('a', route.annotation);
  const search = params.size > 0 ? `?${params.toString()}` : '';
  return route.view === 'article' ? `#/article/${encodeURIComponent(route.id)}${search}` : `#/${search}`;
}
