import type { Article } from '../../archive/core/articles/article';
import type { ZimInfo, ZimPartFiles, ZimReply, ZimRequest, ZimTitle } from './protocol';
import type { ZimLocation } from './zim-location';

/** The part of a Worker the client uses; tests pass a fake. */
export interface ZimWorkerLike {
  postMessage(request: ZimRequest): void;
  onmessage: ((event: MessageEvent<ZimReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** The page's side of the ZIM worker: each call is one request, answered or rejected with a plain sentence. */
export interface ZimClient {
  open(file: ZimLocation, name: string): Promise<ZimInfo>;
  titles(uuid: string, start: number, count: number): Promise<ZimTitle[]>;
  seek(uuid: string, prefix: string): Promise<number>;
  article(uuid: string, path: string, articleId: string): Promise<Article>;
  /** An image of a library, by its full address in the file (namespace/path), as a typed Blob. */
  image(uuid: string, address: string): Promise<Blob>;
  /**
   * Indexes a library for search from part `fromPart` on, reporting progress and handing over each built part
   * (awaited in order); resolves true when every part is built, false when stopped.
   */
  index(
    uuid: string,
    fromPart: number,
    onProgress: (done: number, total: number) => void,
    onPart: (part: ZimPartFiles) => Promise<void>,
  ): Promise<boolean>;
  /** Stops a library's indexing between two batches of pages; the parts built so far are kept. */
  cancelIndex(uuid: string): void;
}

type Answer<K extends ZimReply['kind']> = Extract<ZimReply, { kind: K }>;
/** A request before it is given its id (Omit over each member of the union, not over the union). */
type Unsent = ZimRequest extends infer R ? (R extends ZimRequest ? Omit<R, 'id'> : never) : never;

/** Connects to a ZIM worker; a worker that crashes rejects everything pending, and every later call. */
export function connectZimWorker(worker: ZimWorkerLike): ZimClient {
  let nextId = 1;
  let broken: string | undefined;
  const pending = new Map<number, { resolve(reply: ZimReply): void; reject(error: Error): void }>();
  const progress = new Map<number, (done: number, total: number) => void>();
  const parts = new Map<number, (part: ZimPartFiles) => void>();
  worker.onmessage = ({ data }) => {
    if (data.kind === 'index-progress') return progress.get(data.id)?.(data.done, data.total);
    if (data.kind === 'index-part') return parts.get(data.id)?.(data.part);
    progress.delete(data.id);
    parts.delete(data.id);
    const entry = pending.get(data.id);
    pending.delete(data.id);
    if (data.kind === 'failed') entry?.reject(new Error(data.message));
    else entry?.resolve(data);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    broken = `Reading ZIM files stopped working (${event.message || 'its worker could not start'}); reload the app.`;
    for (const entry of pending.values()) entry.reject(new Error(broken));
    pending.clear();
  };
  const ask = <K extends ZimReply['kind']>(
    request: Unsent,
    kind: K,
    onProgress?: (done: number, total: number) => void,
    onPart?: (part: ZimPartFiles) => void,
  ): Promise<Answer<K>> => {
    if (broken !== undefined) return Promise.reject(new Error(broken));
    const id = nextId++;
    if (onProgress) progress.set(id, onProgress);
    if (onPart) parts.set(id, onPart);
    return new Promise<ZimReply>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id } as ZimRequest);
    }).then((reply) => {
      if (reply.kind !== kind) throw new Error(`the ZIM worker answered ${reply.kind} to ${kind}`);
      return reply as Answer<K>;
    });
  };
  return {
    open: async (file, name) => (await ask({ kind: 'open', file, name }, 'opened')).info,
    titles: async (uuid, start, count) =>
      (await ask({ kind: 'titles', uuid, start, count }, 'titles')).titles,
    seek: async (uuid, prefix) => (await ask({ kind: 'seek', uuid, prefix }, 'seek')).position,
    article: async (uuid, path, articleId) =>
      (await ask({ kind: 'article', uuid, path, articleId }, 'article')).article,
    image: async (uuid, address) => {
      const { mimeType, bytes } = await ask({ kind: 'image', uuid, address }, 'image');
      return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mimeType });
    },
    index: async (uuid, fromPart, onProgress, onPart) => {
      // Parts are saved one after another, and the run ends only once the last one is saved.
      let saved = Promise.resolve();
      const reply = await ask({ kind: 'index', uuid, fromPart }, 'indexed', onProgress, (part) => {
        saved = saved.then(() => onPart(part));
        // Awaited below; until then (or if the worker fails first) a failed save must not go unhandled.
        saved.catch(() => undefined);
      });
      await saved;
      return reply.finished;
    },
    cancelIndex: (uuid) => void ask({ kind: 'cancel-index', uuid }, 'indexed').catch(() => undefined),
  };
}

let shared: ZimClient | undefined;

/** The window's ZIM worker, started when the first ZIM file is opened (a separate bundle, loaded then). */
export function appZimClient(): ZimClient {
  shared ??= connectZimWorker(
    new Worker(new URL('./zim-worker.ts', import.meta.url), { type: 'module' }) as unknown as ZimWorkerLike,
  );
  return shared;
}
