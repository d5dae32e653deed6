import type { Browser, CDPSession } from '@playwright/test';

// Playwright gives no DevTools session for a dedicated worker, so the worker's target is attached from the
// browser's session the old, unflattened way: commands and replies travel wrapped in Target messages.

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/** A worker's memory in bytes: its JS heap in use, and the ArrayBuffer contents held outside that heap. */
export interface WorkerHeap {
  jsHeap: number;
  /** NaN where this Chromium does not report it. */
  arrayBuffers: number;
}

/**
 * The memory in use by the dedicated worker whose script is served from `origin`, after a forced garbage
 * collection; rejects when there is no such worker or it cannot be attached.
 */
export async function workerHeapUsed(
  browser: Browser,
  origin: string,
  /** Only a worker whose script's address holds this (`zim-worker`), and whether to collect garbage first. */
  options: { script?: string; collect?: boolean } = {},
): Promise<WorkerHeap> {
  const session = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    const worker = targetInfos.find(
      (t) => t.type === 'worker' && t.url.startsWith(origin) && t.url.includes(options.script ?? ''),
    );
    if (!worker) throw new Error(`no worker from ${origin} among ${targetInfos.length} targets`);
    const { sessionId } = (await session.send('Target.attachToTarget', {
      targetId: worker.targetId,
      flatten: false,
    })) as { sessionId: string };
    const call = callIn(session, sessionId);
    if (options.collect !== false) await call('HeapProfiler.collectGarbage');
    const usage = (await call('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
    await session.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    return { jsHeap: usage.usedSize, arrayBuffers: usage.backingStorageSize ?? NaN };
  } finally {
    await session.detach().catch(() => undefined);
  }
}

const REPLY_TIMEOUT_MS = 30_000;

/** Sends DevTools commands to an attached target and resolves with their results, by command id. */
function callIn(session: CDPSession, sessionId: string): (method: string) => Promise<unknown> {
  let nextId = 1;
  const waiting = new Map<number, (reply: { result?: unknown; error?: { message: string } }) => void>();
  session.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    if (reply.id !== undefined) waiting.get(reply.id)?.(reply);
  });
  return (method) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(
        () => settle({ error: { message: `${method}: no reply from the worker` } }),
        REPLY_TIMEOUT_MS,
      );
      const settle = (reply: { result?: unknown; error?: { message: string } }): void => {
        clearTimeout(timer);
        waiting.delete(id);
        if (reply.error) reject(new Error(reply.error.message));
        else resolve(reply.result);
      };
      waiting.set(id, settle);
      session
        .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) })
        .catch((error: Error) => settle({ error }));
    });
}
