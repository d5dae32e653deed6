import { plainText } from '../../archive/core/articles/article';
import { readZimPage } from '../../archive/core/libraries/zim-pages';
import { ZimArchive } from '../../archive/core/zim/zim-archive';
import { loadZstd } from '../zim/load-zstd';
import { sourceOf, type ZimLocation } from '../zim/zim-location';
import { parseZimArticleId } from '../../archive/core/libraries/zim-ids';

// The search worker reads Kiwix pages only for the snippets of results shown, from the files the page holds
// open (handed over as File handles, never copied). Loaded on first need, so plain searches never pay for it.
const files = new Map<string, ZimLocation>();
const open = new Map<string, Promise<ZimArchive>>();

/** Records a library's file, as the page opened it, so its pages' text can be read for snippets. */
export function keepZimFile(uuid: string, file: ZimLocation): void {
  files.set(uuid, file);
  open.delete(uuid);
}

/** A Kiwix page's plain text; empty when its file is not open in the window (the result then shows no snippet). */
export async function zimBody(id: string): Promise<string> {
  const page = parseZimArticleId(id);
  const file = page && files.get(page.uuid);
  if (!page || !file) return '';
  loadZstd(); // Once per worker; a snippet's cluster is decoded in WebAssembly where it may be.

  let zim = open.get(page.uuid);
  if (!zim) {
    zim = ZimArchive.open(sourceOf(file));
    open.set(page.uuid, zim);
  }
  try {
    return plainText((await readZimPage(await zim, page.path, { id, source: '' })).blocks);
  } catch {
    return ''; // A page gone or a file changed on disk: the result still shows, without a snippet.
  }
}
