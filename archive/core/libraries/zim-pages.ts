import type { Article } from '../articles/article';
import { zimPageArticle } from '../import/zim-page';
import { ZimError } from '../zim/byte-source';
import type { ContentEntry, ZimArchive } from '../zim/zim-archive';

/**
 * Reads one page of a ZIM file (by its path in the content namespace, redirects followed) into an article; the
 * one way the app, the search worker, the indexer and the build read a page. A page read for a bundled copy
 * (`bundled`) keeps no links to or images from the file it leaves. Throws ZimError for a path with no page or
 * for content that is not HTML, and ImportRefusal for a page with no text.
 */
export async function readZimPage(
  zim: ZimArchive,
  path: string,
  from: { id: string; source: string },
  bundled = false,
): Promise<Article> {
  const entry = await zim.findByPath(zim.contentNamespace, path);
  const content = entry && (await zim.resolve(entry));
  if (!content) throw new ZimError(`there is no page “${path}” in ${from.source}`);
  return zimEntryArticle(zim, content, from, bundled);
}

/**
 * Reads the page of an entry already found (the indexer walks entries, so it need not look each one up again);
 * throws as readZimPage does.
 */
export async function zimEntryArticle(
  zim: ZimArchive,
  content: ContentEntry,
  from: { id: string; source: string },
  bundled = false,
): Promise<Article> {
  const { path } = content;
  const { mimeType, bytes } = await zim.content(content);
  if (!mimeType.startsWith('text/html')) throw new ZimError(`“${path}” is not a page (${mimeType})`);
  const place = { path: content.path, contentNamespace: zim.contentNamespace };
  return zimPageArticle(new TextDecoder().decode(bytes), {
    ...from,
    title: content.title,
    ...(!bundled && { place }),
  });
}
