import { describe, expect, it, vi } from 'vitest';
import type { SearchService } from '../../archive/core/search';
import type { SearchReply, SearchRequest } from './protocol';
import { createSearchHost } from './search-host';
import { emptyAnswer } from './test-responses';

const ok = emptyAnswer;

function fakeService(overrides: Partial<SearchService> = {}): SearchService {
  return {
    search: vi.fn(async (query: string) => ok(query)),
    matchesIn: vi.fn(async () => [{ start: 0, end: 5 }]),
    ...overrides,
  };
}

/** A host with a controllable load: `finishLoading` resolves it, `failLoading` rejects it. */
function host(service: SearchService = fakeService()) {
  const replies: SearchReply[] = [];
  let finishLoading!: () => void;
  let failLoading!: (error: unknown) => void;
  const loaded = new Promise<SearchService>((resolve, reject) => {
    finishLoading = () => resolve(service);
    failLoading = reject;
  });
  const load = vi.fn((_baseUrl: string, _onLibraryPage: unknown) => loaded);
  const handle = createSearchHost({ load, post: (reply) => replies.push(reply) });
  const send = (...requests: SearchRequest[]): void => requests.forEach(handle);
  /** Resolves once `count` replies have been posted. */
  const settled = (count: number) => vi.waitFor(() => expect(replies.length).toBeGreaterThanOrEqual(count));
  return { replies, load, send, settled, finishLoading, failLoading, service };
}

const search = (id: number, query: string): SearchRequest => ({
  kind: 'search',
  id,
  query,
  options: { typing: true },
});

describe('search worker host', () => {
  it('loads the index with the base URL from the open request, once', () => {
    const h = host();
    h.send({ kind: 'open', baseUrl: 'app://airgap/' }, { kind: 'open', baseUrl: 'http://elsewhere/' });
    return vi.waitFor(() => expect(h.load.mock.calls.map(([baseUrl]) => baseUrl)).toEqual(['app://airgap/']));
  });

  it('sends the library pages the load hands over before the index is ready, the last marked done', async () => {
    const service = fakeService();
    const replies: SearchReply[] = [];
    const meta = (id: string) => ({ id, title: id, source: 'Test' });
    const handle = createSearchHost({
      load: async (_baseUrl, onLibraryPage) => {
        onLibraryPage({ articles: [meta('a'), meta('b')], done: false });
        onLibraryPage({ articles: [meta('c')], done: true });
        return service;
      },
      post: (reply) => replies.push(reply),
    });
    handle({ kind: 'open', baseUrl: 'app://airgap/' });
    await vi.waitFor(() => expect(replies).toHaveLength(3));
    expect(replies).toEqual([
      { kind: 'library', articles: [meta('a'), meta('b')], done: false },
      { kind: 'library', articles: [meta('c')], done: true },
      { kind: 'status', status: { state: 'ready' } },
    ]);
  });

  it('answers only the newest of the searches typed while the index loads, once it is loaded', async () => {
    const h = host();
    h.send({ kind: 'open', baseUrl: 'app://airgap/' }, search(1, 'd'), search(2, 'dr'), search(3, 'dro'));
    await h.settled(2);
    expect(h.replies).toEqual([
      { kind: 'superseded', id: 1 },
      { kind: 'superseded', id: 2 },
    ]);
    h.finishLoading();
    await h.settled(4);
    expect(h.replies.slice(2)).toEqual([
      { kind: 'status', status: { state: 'ready' } },
      { kind: 'search', id: 3, response: ok('dro') },
    ]);
    expect(h.service.search).toHaveBeenCalledTimes(1);
    expect(h.service.search).toHaveBeenCalledWith('dro', { typing: true });
  });

  it('skips the work for searches made stale by a newer one sent just after', async () => {
    const h = host();
    h.finishLoading();
    h.send({ kind: 'open', baseUrl: 'app://airgap/' });
    await h.settled(1);
    h.send(search(1, 'k'), search(2, 'ki'), search(3, 'kivu'));
    await h.settled(4);
    expect(h.service.search).toHaveBeenCalledTimes(1);
    expect(h.replies).toContainEqual({ kind: 'search', id: 3, response: ok('kivu') });
  });

  it('answers superseded, not with stale results, when a newer search arrives while one runs', async () => {
    let release!: () => void;
    const service = fakeService({
      search: vi.fn(async (query: string) => {
        if (query === 'slow') await new Promise<void>((resolve) => (release = resolve));
        return ok(query);
      }),
    });
    const h = host(service);
    h.finishLoading();
    h.send({ kind: 'open', baseUrl: 'app://airgap/' }, search(1, 'slow'));
    await vi.waitFor(() => expect(service.search).toHaveBeenCalledTimes(1));
    h.send(search(2, 'fast'));
    await vi.waitFor(() => expect(h.replies).toContainEqual({ kind: 'search', id: 2, response: ok('fast') }));
    release();
    await vi.waitFor(() => expect(h.replies).toContainEqual({ kind: 'superseded', id: 1 }));
  });

  it('reports a load failure as a status and as the answer to every search, so none hangs', async () => {
    const h = host();
    h.send({ kind: 'open', baseUrl: 'app://airgap/' }, search(1, 'drone'));
    h.failLoading(new Error('Could not load manifest.json (HTTP 404).'));
    await h.settled(2);
    expect(h.replies).toEqual([
      { kind: 'status', status: { state: 'failed', message: 'Could not load manifest.json (HTTP 404).' } },
      { kind: 'failed', id: 1, message: 'Could not load manifest.json (HTTP 404).' },
    ]);
    h.send({ kind: 'matches', id: 2, query: 'drone', articleId: 'a' });
    await h.settled(3);
    expect(h.replies[2]).toEqual({
      kind: 'failed',
      id: 2,
      message: 'Could not load manifest.json (HTTP 404).',
    });
  });

  it('turns a search that throws (a damaged article file) into a failed reply with its message', async () => {
    const service = fakeService({
      search: vi.fn(() => Promise.reject(new Error('article.blocks must be an array'))),
    });
    const h = host(service);
    h.finishLoading();
    h.send({ kind: 'open', baseUrl: 'app://airgap/' }, search(1, 'drone'));
    await h.settled(2);
    expect(h.replies[1]).toEqual({ kind: 'failed', id: 1, message: 'article.blocks must be an array' });
  });

  it('fails a search sent before the worker was opened instead of waiting for an open that may never come', async () => {
    const h = host();
    h.send(search(1, 'drone'));
    await h.settled(1);
    expect(h.replies[0]).toMatchObject({ kind: 'failed', id: 1 });
  });

  it('answers matches for an article even while searches supersede each other', async () => {
    const h = host();
    h.finishLoading();
    h.send(
      { kind: 'open', baseUrl: 'app://airgap/' },
      { kind: 'matches', id: 1, query: 'drone', articleId: 'a' },
      search(2, 'x'),
      search(3, 'xy'),
    );
    await vi.waitFor(() =>
      expect(h.replies).toContainEqual({ kind: 'matches', id: 1, ranges: [{ start: 0, end: 5 }] }),
    );
  });
});

describe('search worker host, when imports change', () => {
  const twoServices = (reload: () => Promise<SearchService>) => {
    const before = fakeService({ search: vi.fn(async () => ok('before')) });
    const replies: SearchReply[] = [];
    const handle = createSearchHost({
      load: async () => before,
      reloadImported: reload,
      post: (reply) => replies.push(reply),
    });
    handle({ kind: 'open', baseUrl: 'app://airgap/' });
    return { handle, replies };
  };
  const answered = (replies: SearchReply[], id: number) =>
    vi.waitFor(() => {
      const reply = replies.find((r) => r.kind === 'search' && r.id === id);
      expect(reply).toBeDefined();
      return reply as Extract<SearchReply, { kind: 'search' }>;
    });

  it('answers searches after the change from the rebuilt search', async () => {
    const after = fakeService({ search: vi.fn(async () => ok('after')) });
    const { handle, replies } = twoServices(async () => after);
    handle(search(1, 'drone'));
    expect((await answered(replies, 1)).response).toEqual(ok('before'));
    handle({ kind: 'imports-changed' });
    handle(search(2, 'drone'));
    expect((await answered(replies, 2)).response).toEqual(ok('after'));
  });

  it('keeps answering from the previous search when the rebuild fails', async () => {
    const { handle, replies } = twoServices(() => Promise.reject(new Error('storage blocked')));
    handle({ kind: 'imports-changed' });
    handle(search(1, 'drone'));
    expect((await answered(replies, 1)).response).toEqual(ok('before'));
  });
});
