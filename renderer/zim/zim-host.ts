import type { Article } from '../../archive/core/articles/article';
import { readZimPage } from '../../archive/core/libraries/zim-pages';
import { ImportRefusal } from '../../archive/core/import/refusal';
import { ZimError } from '../../archive/core/zim/byte-source';
import { TitleIndex } from '../../archive/core/zim/title-index';
import { ZimArchive } from '../../archive/core/zim/zim-archive';
import { readMetadata } from '../../archive/core/zim/zim-metadata';
import { sourceOf, type ZimLocation } from './zim-location';
import type { ZimInfo, ZimReply, ZimRequest, ZimTitle } from './protocol';
import { indexZimParts } from '../../archive/core/libraries/zim-index';

/** Most rows one titles request returns: a screen or two of the A-Z list. */
const MAX_TITLES = 200;
/** Largest image handed to the page; page images are far smaller, so a larger one is a damaged or hostile file. */
const MAX_IMAGE_BYTES = 16 * 1024 * 1024;

interface Open {
  zim: ZimArchive;
  titles: TitleIndex;
  info: ZimInfo;
}

const toDataUrl = (mimeType: string, bytes: Uint8Array): string => {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `data:${mimeType};base64,${btoa(binary)}`;
};

/**
 * The ZIM worker's message handler, apart from the worker global so it can be tested: opens files in place,
 * keeps them open by UUID, and answers for their A-Z lists and pages. Every failure becomes a `failed` reply
 * with a sentence for the user.
 */
export function createZimHost(post: (reply: ZimReply) => void): (request: ZimRequest) => Promise<void> {
  const open = new Map<string, Open>();

  const archive = (uuid: string): Open => {
    const found = open.get(uuid);
    if (found === undefined) throw new ZimError('this library is not open; add its file again');
    return found;
  };

  async function openFile(file: ZimLocation, name: string): Promise<ZimInfo> {
    const zim = await ZimArchive.open(sourceOf(file));
    const known = open.get(zim.header.uuid);
    if (known) return known.info;
    const [metadata, titles, main] = await Promise.all([
      readMetadata(zim),
      TitleIndex.open(zim),
      zim.mainPage(),
    ]);
    const info: ZimInfo = {
      uuid: zim.header.uuid,
      title: metadata.title ?? name.replace(/\.zim$/i, ''),
      articleCount: titles.count,
      ...(metadata.name && { name: metadata.name }),
      ...(metadata.description && { description: metadata.description }),
      ...(metadata.language && { language: metadata.language }),
      ...(metadata.creator && { creator: metadata.creator }),
      ...(metadata.date && { date: metadata.date }),
      ...(main && { mainPage: main.path }),
      ...(metadata.illustration && {
        illustration: toDataUrl(metadata.illustration.mimeType, metadata.illustration.bytes),
      }),
    };
    open.set(info.uuid, { zim, titles, info });
    return info;
  }

  async function titles(uuid: string, start: number, count: number): Promise<ZimTitle[]> {
    const { titles: index } = archive(uuid);
    const rows: ZimTitle[] = [];
    const end = Math.min(index.count, start + Math.min(count, MAX_TITLES));
    for (let i = Math.max(0, start); i < end; i++) {
      const entry = await index.at(i);
      rows.push({ title: entry.title, path: entry.path });
    }
    return rows;
  }

  // Titles are ordered by their bytes, so "kivu" sorts after every capital letter: the place of the prefix as
  // typed, capitalised and in lower case are tried, and the first whose title starts with it (any case) wins.
  async function seek(uuid: string, prefix: string): Promise<number> {
    const { titles: index } = archive(uuid);
    const wanted = prefix.toLocaleLowerCase();
    const forms = new Set([prefix, prefix.charAt(0).toLocaleUpperCase() + prefix.slice(1), wanted]);
    let fallback: number | undefined;
    for (const form of forms) {
      const position = await index.lowerBound(form);
      fallback ??= position;
      if (position < index.count && (await index.at(position)).title.toLocaleLowerCase().startsWith(wanted))
        return position;
    }
    return fallback ?? 0;
  }

  async function article(uuid: string, path: string, articleId: string): Promise<Article> {
    const { zim, info } = archive(uuid);
    return readZimPage(zim, path, { id: articleId, source: info.title });
  }

  // Only images are handed out, and only up to a size no page image reaches: the page shows them in <img>
  // from a blob: URL (the CSP allows no other source), where even SVG runs no script.
  async function image(uuid: string, address: string): Promise<{ mimeType: string; bytes: Uint8Array }> {
    const { zim } = archive(uuid);
    const [namespace = '', ...rest] = address.split('/');
    const entry = namespace.length === 1 ? await zim.findByPath(namespace, rest.join('/')) : undefined;
    const content = entry && (await zim.resolve(entry));
    if (!content) throw new ZimError(`there is no image “${address}” in this file`);
    const { mimeType, bytes } = await zim.content(content);
    if (!mimeType.startsWith('image/')) throw new ZimError(`“${address}” is not an image (${mimeType})`);
    if (bytes.length > MAX_IMAGE_BYTES)
      throw new ZimError(`the image “${address}” is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB`);
    return { mimeType, bytes };
  }

  const cancels = new Set<string>();
  async function index(id: number, uuid: string, fromPart: number): Promise<ZimReply> {
    const { zim, titles: list, info } = archive(uuid);
    cancels.delete(uuid);
    const finished = await indexZimParts(zim, list, uuid, info.title, {
      fromPart,
      ...(info.language !== undefined && { language: info.language }),
      onPart: (part) => {
        const files = { index: blobOf(part.index), positions: blobOf(part.positions) };
        post({ id, kind: 'index-part', part: { ...part, ...files } });
      },
      onProgress: ({ done, total }) => post({ id, kind: 'index-progress', done, total }),
      stopped: () => cancels.has(uuid),
      yieldToEvents: () => new Promise((resolve) => setTimeout(resolve)),
    });
    cancels.delete(uuid);
    return { id, kind: 'indexed', finished };
  }

  return async (request) => {
    try {
      switch (request.kind) {
        case 'index':
          return post(await index(request.id, request.uuid, request.fromPart));
        case 'cancel-index':
          cancels.add(request.uuid);
          return post({ id: request.id, kind: 'indexed', finished: false });
        case 'open':
          return post({ id: request.id, kind: 'opened', info: await openFile(request.file, request.name) });
        case 'titles':
          return post({
            id: request.id,
            kind: 'titles',
            titles: await titles(request.uuid, request.start, request.count),
          });
        case 'seek':
          return post({
            id: request.id,
            kind: 'seek',
            position: await seek(request.uuid, request.prefix),
          });
        case 'image':
          return post({ id: request.id, kind: 'image', ...(await image(request.uuid, request.address)) });
        case 'article':
          return post({
            id: request.id,
            kind: 'article',
            article: await article(request.uuid, request.path, request.articleId),
          });
      }
    } catch (error) {
      const known = error instanceof ZimError || error instanceof ImportRefusal;
      const detail = error instanceof Error ? error.message : String(error);
      post({
        id: request.id,
        kind: 'failed',
        message: known ? detail : `the file could not be read (${detail})`,
      });
    }
  };
}

const blobOf = (bytes: Uint8Array): Blob => new Blob([bytes as Uint8Array<ArrayBuffer>]);
