// Reads a Kiwix ZIM file as the app's bundled archive (`npm run build -- --archive file.zim`, for publishers):
// every article of the file's title index becomes an article of the build, read in place through the same ZIM
// reader and page parser the app uses.
import { open, type FileHandle } from 'node:fs/promises';
import { ImportRefusal } from '../../archive/core/import/refusal';
import { readZimPage } from '../../archive/core/libraries/zim-pages';
import { ZimError, type ByteSource } from '../../archive/core/zim/byte-source';
import { TitleIndex } from '../../archive/core/zim/title-index';
import { ZimArchive } from '../../archive/core/zim/zim-archive';
import { readMetadata } from '../../archive/core/zim/zim-metadata';
import { searchLanguageOf, type SearchLanguage } from '../../archive/core/search';
import { assignIds, type ArchiveFile, type ArchiveFileOutcome } from './archive-files';
import { loadZstdWasm } from '../../archive/core/zim/zstd-wasm';

/** A ZIM file on disk read by ranges through one open handle; `close` releases it. */
export async function fileSource(path: string): Promise<ByteSource & { close(): Promise<void> }> {
  const handle: FileHandle = await open(path, 'r');
  const { size } = await handle.stat();
  return {
    size,
    async read(offset, length) {
      const bytes = new Uint8Array(length);
      const { bytesRead } = await handle.read(bytes, 0, length, offset);
      if (bytesRead !== length) throw new ZimError(`the file ends before byte ${offset + length}`);
      return bytes;
    },
    close: () => handle.close(),
  };
}

/** Whether `--archive` names a ZIM file rather than a folder. */
export const isZimArchive = (path: string): boolean => /\.zim$/i.test(path);

/**
 * The file's pages in title order (redirects and other content left out), each with a stable id from its path
 * (the same file always builds the same ids), and the library's title, the source named for every article.
 */
export async function listZimArticles(
  path: string,
): Promise<{ files: ArchiveFile[]; source: string; language: SearchLanguage }> {
  const source = await fileSource(path);
  try {
    const zim = await ZimArchive.open(source);
    const titles = await TitleIndex.open(zim);
    const paths: string[] = [];
    for (let i = 0; i < titles.count; i++) {
      const entry = await titles.at(i);
      // Older files list redirects and images among the titles: a redirect's page is built once, as itself.
      if (entry.kind === 'content' && zim.mimeTypes[entry.mimeType]?.startsWith('text/html'))
        paths.push(entry.path);
    }
    const files = assignIds(paths);
    const metadata = await readMetadata(zim);
    return {
      files,
      source: metadata.title ?? 'Kiwix library',
      language: searchLanguageOf(metadata.language),
    };
  } finally {
    await source.close();
  }
}

/** Reads the pages `files` names from the ZIM file at `path`, in order; a page that cannot be read is reported. */
export async function* readZimStream(
  path: string,
  files: readonly ArchiveFile[],
  librarySource: string,
): AsyncGenerator<ArchiveFileOutcome> {
  await loadZstdWasm(); // zstd in WebAssembly, as the app's workers decode; fzstd where it cannot load.
  const source = await fileSource(path);
  try {
    const zim = await ZimArchive.open(source);
    for (const file of files) yield await readPage(zim, file, librarySource);
  } finally {
    await source.close();
  }
}

async function readPage(zim: ZimArchive, file: ArchiveFile, source: string): Promise<ArchiveFileOutcome> {
  try {
    return { ok: true, article: await readZimPage(zim, file.path, { id: file.id, source }, true) };
  } catch (error) {
    const reason =
      error instanceof ImportRefusal || error instanceof ZimError
        ? error.message
        : `it could not be read (${(error as Error).message})`;
    return { ok: false, path: file.path, reason };
  }
}
