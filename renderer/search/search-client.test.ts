import { describe, expect, it, vi } from 'vitest';
import type { SearchReply, SearchRequest } from './protocol';
import { connectSearchWorker, type WorkerLike } from './search-client';
import { emptyAnswer } from './test-responses';

/** Stands in for the Worker: records what the page posts and lets a test reply, fail or crash. */
class FakeWorker implements WorkerLike {
  posted: SearchRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;

  postMessage(request: SearchRequest): void {
    this.posted.push(request);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(reply: SearchReply): void {
    this.onmessage?.({ data: reply } as MessageEvent);
  }
  crash(message: string): void {
    this.onerror?.({ message, preventDefault: () => {} } as ErrorEvent);
  }
  /** The id the client gave its n-th request after `open`. */
  idOf(n: number): number {
    const request = this.posted[n + 1];
    if (request === undefined || !('id' in request)) throw new Error(`no request ${n}`);
    return request.id;
  }
}

const ok = emptyAnswer;

/** 'pending' if the promise has not settled once everything already queued has run. */
async function stateOf(promise: Promise<unknown>): Promise<'resolved' | 'rejected' | 'pending'> {
  return Promise.race([
    promise.then(
      () => 'resolved' as const,
      () => 'rejected' as const,
    ),
    new Promise<'pending'>((resolve) => setTimeout(() => resolve('pending'), 10)),
  ]);
}

function connect(): { worker: FakeWorker; client: ReturnType<typeof connectSearchWorker> } {
  const worker = new FakeWorker();
  return { worker, client: connectSearchWorker(worker, 'app://airgap/') };
}

describe('search client', () => {
  it('opens the worker with the document base URL before anything else', () => {
    const { worker, client } = connect();
    void client.search('drone');
    expect(worker.posted[0]).toEqual({ kind: 'open', baseUrl: 'app://airgap/' });
    expect(worker.posted[1]).toMatchObject({ kind: 'search', query: 'drone' });
  });

  it('passes the search options to the worker unchanged and resolves with its answer', async () => {
    const { worker, client } = connect();
    const answer = client.search('Cam', { typing: true, limit: 5 });
    expect(worker.posted[1]).toEqual({
      kind: 'search',
      id: worker.idOf(0),
      query: 'Cam',
      options: { typing: true, limit: 5 },
    });
    worker.reply({ kind: 'search', id: worker.idOf(0), response: ok('Cam') });
    await expect(answer).resolves.toEqual(ok('Cam'));
  });

  it('abandons an older search when a newer one is made, even if the worker still answers it', async () => {
    const { worker, client } = connect();
    const older = client.search('dr');
    const newer = client.search('drone');
    expect(worker.idOf(1)).toBeGreaterThan(worker.idOf(0));
    worker.reply({ kind: 'search', id: worker.idOf(0), response: ok('dr') });
    worker.reply({ kind: 'search', id: worker.idOf(1), response: ok('drone') });
    await expect(newer).resolves.toEqual(ok('drone'));
    expect(await stateOf(older)).toBe('pending');
  });

  it('leaves a search the worker reports as superseded unsettled, and keeps answering later ones', async () => {
    const { worker, client } = connect();
    const first = client.search('kivu');
    worker.reply({ kind: 'superseded', id: worker.idOf(0) });
    expect(await stateOf(first)).toBe('pending');
    const second = client.search('kivu');
    worker.reply({ kind: 'search', id: worker.idOf(1), response: ok('kivu') });
    await expect(second).resolves.toEqual(ok('kivu'));
  });

  it('does not let a search supersede the matches asked for an open article', async () => {
    const { worker, client } = connect();
    const matches = client.matchesIn('drone', 'some-article');
    void client.search('drone');
    worker.reply({ kind: 'matches', id: worker.idOf(0), ranges: [{ start: 1, end: 6 }] });
    await expect(matches).resolves.toEqual([{ start: 1, end: 6 }]);
  });

  it('rejects with the message of a failure in the worker', async () => {
    const { worker, client } = connect();
    const answer = client.search('drone');
    worker.reply({
      kind: 'failed',
      id: worker.idOf(0),
      message: 'Could not load articles/x.json (HTTP 404).',
    });
    await expect(answer).rejects.toThrow('Could not load articles/x.json (HTTP 404).');
  });

  it('reports the index loading, then ready or failed, to subscribers', () => {
    const { worker, client } = connect();
    const listener = vi.fn();
    const unsubscribe = client.subscribe(listener);
    expect(client.status()).toEqual({ state: 'loading' });
    worker.reply({ kind: 'status', status: { state: 'failed', message: 'manifest.json is damaged' } });
    expect(client.status()).toEqual({ state: 'failed', message: 'manifest.json is damaged' });
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    worker.reply({ kind: 'status', status: { state: 'ready' } });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('hands the library pages the worker sends to the listener, and none once the worker has crashed', () => {
    const worker = new FakeWorker();
    const pages: unknown[] = [];
    connectSearchWorker(worker, 'app://airgap/', (articles, done) => pages.push({ articles, done }));
    const meta = { id: 'a', title: 'A', source: 'Test' };
    worker.reply({ kind: 'library', articles: [meta], done: false });
    worker.crash('out of memory');
    worker.reply({ kind: 'library', articles: [], done: true });
    expect(pages).toEqual([{ articles: [meta], done: false }]);
  });

  it('rejects everything pending when the worker crashes, and every later call at once', async () => {
    const { worker, client } = connect();
    const search = client.search('drone');
    const matches = client.matchesIn('drone', 'a');
    worker.crash('Uncaught SyntaxError');
    await expect(search).rejects.toThrow(/Search stopped working \(Uncaught SyntaxError\)/);
    await expect(matches).rejects.toThrow(/Search stopped working/);
    expect(client.status()).toMatchObject({ state: 'failed' });
    await expect(client.search('again')).rejects.toThrow(/Search stopped working/);
    // A late status from a worker that is gone changes nothing.
    worker.reply({ kind: 'status', status: { state: 'ready' } });
    expect(client.status()).toMatchObject({ state: 'failed' });
  });

  it('fails everything pending when a reply cannot be read, since its call is unknown', async () => {
    const { worker, client } = connect();
    const search = client.search('drone');
    worker.onmessageerror?.({} as MessageEvent);
    await expect(search).rejects.toThrow(/could not read/);
  });

  it('rejects, rather than hangs, when a request cannot be posted', async () => {
    const { worker, client } = connect();
    worker.postMessage = () => {
      throw new DOMException('function could not be cloned', 'DataCloneError');
    };
    await expect(client.search('drone')).rejects.toThrow('function could not be cloned');
  });

  it('marks the index failed when the worker cannot even be opened', async () => {
    const worker = new FakeWorker();
    worker.postMessage = () => {
      throw new Error('Search could not start (blocked); reload the app.');
    };
    const client = connectSearchWorker(worker, 'http://127.0.0.1:4321/');
    expect(client.status()).toEqual({
      state: 'failed',
      message: 'Search could not start (blocked); reload the app.',
    });
    await expect(client.search('drone')).rejects.toThrow('Search could not start');
  });

  it('stops the worker on close and rejects what was still pending', async () => {
    const { worker, client } = connect();
    const search = client.search('drone');
    client.close();
    expect(worker.terminated).toBe(true);
    await expect(search).rejects.toThrow('Search was closed.');
  });

  it('rejects an answer of the wrong kind instead of passing it on', async () => {
    const { worker, client } = connect();
    const matches = client.matchesIn('drone', 'a');
    worker.reply({ kind: 'search', id: worker.idOf(0), response: ok('drone') });
    await expect(matches).rejects.toThrow(/answered a matches request/);
  });
});
