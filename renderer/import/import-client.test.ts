import { describe, expect, it, vi } from 'vitest';
import {
  countItems,
  HANDOFF_BATCH,
  runImportIn,
  type ImportState,
  type ImportWorkerLike,
} from './import-client';
import type { ImportReply, ImportRequest } from './protocol';

class FakeWorker implements ImportWorkerLike {
  posted: ImportRequest[] = [];
  terminated = false;
  onmessage: ImportWorkerLike['onmessage'] = null;
  onerror: ImportWorkerLike['onerror'] = null;
  postMessage(request: ImportRequest): void {
    this.posted.push(request);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(reply: ImportReply): void {
    this.onmessage?.({ data: reply } as MessageEvent<ImportReply>);
  }
}

function fakeWorker() {
  const worker = new FakeWorker();
  return { worker, posted: worker.posted };
}

const file = { file: Object.assign(new Blob(['x']), { name: 'a.txt' }), path: 'a.txt' };

describe('runImportIn', () => {
  it('sends the files, gathers items and ends with the worker stopped', async () => {
    vi.useFakeTimers();
    const { worker, posted } = fakeWorker();
    const updates: ImportState[] = [];
    const run = runImportIn(worker, [file], (s) => updates.push(s));
    expect(posted).toEqual([
      { kind: 'import', total: 1 },
      { kind: 'files', sources: [file] },
    ]);
    worker.reply({ kind: 'progress', done: 0, total: 1, current: 'a.txt' });
    worker.reply({ kind: 'item', item: { path: 'a.txt', status: 'imported', id: 'imported-a', title: 'A' } });
    worker.reply({ kind: 'finished', cancelled: false });
    const end = await run.finished;
    expect(end).toMatchObject({ status: 'finished', done: 1, total: 1, current: '' });
    expect(worker.terminated).toBe(true);
    // One update at the start and one at the end: the progress in between was within one interval.
    expect(updates.map((u) => u.status)).toEqual(['running', 'finished']);
    vi.useRealTimers();
  });

  it('passes a cancel on and ends as cancelled; a crashed worker ends as failed with a message', async () => {
    const first = fakeWorker();
    const run = runImportIn(first.worker, [file], () => {});
    run.cancel();
    expect(first.posted.at(-1)).toEqual({ kind: 'cancel' });
    first.worker.reply({ kind: 'finished', cancelled: true });
    expect((await run.finished).status).toBe('cancelled');

    const second = fakeWorker();
    const crashed = runImportIn(second.worker, [file], () => {});
    second.worker.onerror?.({ message: 'boom', preventDefault: () => {} } as ErrorEvent);
    expect(await crashed.finished).toMatchObject({ status: 'failed', message: 'The import stopped (boom).' });
  });

  it('hands files over in batches, one batch per task, so no task clones them all', async () => {
    vi.useFakeTimers();
    const { worker, posted } = fakeWorker();
    const many = Array.from({ length: HANDOFF_BATCH * 2 + 1 }, () => file);
    runImportIn(worker, many, () => {});
    expect(posted.map((p) => p.kind)).toEqual(['import', 'files']);
    await vi.runAllTimersAsync();
    const batches = posted.flatMap((p) => (p.kind === 'files' ? [p.sources.length] : []));
    expect(batches).toEqual([HANDOFF_BATCH, HANDOFF_BATCH, 1]);
    vi.useRealTimers();
  });

  it('counts outcomes by kind', () => {
    expect(
      countItems([
        { path: 'a', status: 'imported', id: 'i', title: 't' },
        { path: 'b', status: 'refused', reason: 'r' },
        { path: 'c', status: 'refused', reason: 'r' },
      ]),
    ).toEqual({ imported: 1, updated: 0, skipped: 0, refused: 2 });
  });
});
