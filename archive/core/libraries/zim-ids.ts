/** The id of a ZIM page as an article: the library's UUID and the page's path, so highlights know both. */
export function zimArticleId(uuid: string, path: string): string {
  return `zim:${uuid}/${path}`;
}

/** The library and page an article id names, if it is a ZIM page's. */
export function parseZimArticleId(id: string): { uuid: string; path: string } | undefined {
  const match = /^zim:([0-9a-f]{32})\/(.+)$/s.exec(id);
  return match ? { uuid: match[1]!, path: match[2]! } : undefined;
}

/** Whether a chosen or dropped file is a ZIM file, which is added as a library rather than imported. */
export const isZimPath = (path: string): boolean => /\.zim$/i.test(path);
