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
export async function workerHeapUsed(browser: Browser, origin: string): Promise<WorkerHeap> {
  const session = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    const worker = targetInfos.find((t) => t.type === 'worker' && t.url.startsWith(origin));
    if (!worker) throw new Error(`no worker from ${origin} among ${targetInfos.length} targets`);
    const { sessionId } = (await session.send('Target.attachToTarget', {
      targetId: worker.targetId,
      flatten: false,
    })) as { sessionId: string };
    const call = callIn(session, sessionId);
    await call('HeapProfiler.collectGarbage');
    const usage = (await call('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
    await session.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    return { jsHeap: usage.usedSize, arrayBuffers: usage.backingStorageSize ?? NaN };
  } finally {
    await session.detach().catch(() => undefined);
  }
}

function callIn(session: CDPSession, sessionId: string): (method: string) => Promise<unknown> {
  let nextId = 1;
  const waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  session.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    const entry = reply.id === undefined ? undefined : waiting.get(reply.id);
    if (!entry) return;
    waiting.delete(reply.id!);
    if (reply.error) entry.reject(new Error(reply.error.message));
    else entry.resolve(reply.result);
  });
  return (method) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      const timer = setTimeout(() => {
        if (waiting.delete(id)) reject(new Error(`${method}: no reply from the worker`));
      }, 30_000);
      const settle = waiting.get(id)!;
      waiting.set(id, {
        resolve: (value) => (clearTimeout(timer), settle.resolve(value)),
        reject: (error) => (clearTimeout(timer), settle.reject(error)),
      });
      session
        .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) })
        .catch((error: Error) => waiting.delete(id) && (clearTimeout(timer), reject(error)));
    });
}
