import { appDatabase } from '../db/database';
import { saveImported } from '../db/imported';
import type { ImportReply, ImportRequest } from './protocol';
import { runImport } from './run-import';

// Parsing (Readability, markdown-it) and storing run here, so a thousand-file import never blocks the page.
// The renderer is type-checked against the DOM library; this is the part of a worker's scope that is used.
const scope = self as unknown as {
  postMessage(reply: ImportReply): void;
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
};

let cancelled = false;
let running = false;

scope.onmessage = (event) => {
  const request = event.data;
  if (request.kind === 'cancel') {
    cancelled = true;
    return;
  }
  if (running) return scope.postMessage({ kind: 'failed', message: 'An import is already running.' });
  running = true;
  runImport(request.sources, {
    save: (parsed, path) => saveImported(appDatabase(), parsed, path),
    report: (reply) => scope.postMessage(reply),
    cancelled: () => cancelled,
  }).then(
    () => (running = false),
    (error: unknown) => {
      running = false;
      scope.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    },
  );
};
