import { capQuery } from './query-limit';

/** Where the user is: the library (optionally searching) or one article (optionally opened from a search). */
export type Route = { view: 'library'; query: string } | { view: 'article'; id: string; query: string };

/** Reads a route from a location hash such as "#/article/some-id?q=drone"; anything unknown is the library. */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [path = '', search = ''] = raw.split('?', 2);
  const query = capQuery(new URLSearchParams(search).get('q') ?? '');
  const match = /^\/article\/([^/]+)$/.exec(path);
  if (match?.[1]) {
    try {
      return { view: 'article', id: decodeURIComponent(match[1]), query };
    } catch {
      return { view: 'library', query };
    }
  }
  return { view: 'library', query };
}

/** Writes a route as a location hash; the inverse of parseRoute. */
export function formatRoute(route: Route): string {
  const query = capQuery(route.query);
  const search = query ? `?${new URLSearchParams({ q: query }).toString()}` : '';
  return route.view === 'article' ? `#/article/${encodeURIComponent(route.id)}${search}` : `#/${search}`;
}
