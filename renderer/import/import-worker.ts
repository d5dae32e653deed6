import { appDatabase } from '../db/database';
import { storeImported } from '../db/imported-store';
import type { ImportReply, ImportRequest, ImportSource } from './protocol';
import { arrivingQueue, runImport } from './run-import';

// Parsing (Readability, markdown-it) and storing run here, so a thousand-file import never blocks the page.
// The renderer is type-checked against the DOM library; this is the part of a worker's scope that is used.
const scope = self as unknown as {
  postMessage(reply: ImportReply): void;
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
};

let cancelled = false;
let queue: ReturnType<typeof arrivingQueue<ImportSource>> | undefined;

scope.onmessage = (event) => {
  const request = event.data;
  if (request.kind === 'cancel') {
    cancelled = true;
    return;
  }
  if (request.kind === 'files') return queue?.push(request.sources);
  if (queue) return scope.postMessage({ kind: 'failed', message: 'An import is already running.' });
  queue = arrivingQueue<ImportSource>(request.total);
  runImport(
    queue.items,
    {
      save: (parsed, path) => storeImported(appDatabase(), parsed, path),
      report: (reply) => scope.postMessage(reply),
      cancelled: () => cancelled,
    },
    request.total,
  ).then(
    () => undefined,
    (error: unknown) => {
      scope.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    },
  );
};
