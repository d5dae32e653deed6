import { describe, expect, it } from 'vitest';
import { ZIM_FIXTURES } from '../../archive/core/testing/zim-fixtures';
import type { ZimReply, ZimRequest } from './protocol';
import { createZimHost } from './zim-host';
import { createSearchService, SegmentReader } from '../../archive/core/search';

/** A host and a way to ask it one thing, as the worker would. */
function host() {
  const replies: ZimReply[] = [];
  const handle = createZimHost((r) => replies.push(r));
  let id = 0;
  const ask = async (request: Record<string, unknown>): Promise<ZimReply> => {
    await handle({ ...request, id: ++id } as ZimRequest);
    return replies.find((r) => r.id === id)!;
  };
  return ask;
}

const file = (bytes: Uint8Array): Blob => new Blob([bytes.slice().buffer]);

describe('the ZIM worker', () => {
  it.each(Object.values(ZIM_FIXTURES))(
    'opens $name in place and says what it is: title, description, language, article count, illustration',
    async ({ bytes, name }) => {
      const ask = host();
      const reply = await ask({ kind: 'open', file: file(bytes), name });
      expect(reply).toMatchObject({
        kind: 'opened',
        info: {
          title: 'Drone audits',
          description: 'Small test library',
          language: 'eng',
          creator: 'Airgap tests',
          articleCount: expect.any(Number),
          illustration: expect.stringMatching(/^data:image\/png;base64,iVBOR/),
        },
      });
    },
  );

  it('lists the A-Z titles, finds a title as typed in any case, and reads a page into an article', async () => {
    const ask = host();
    const opened = await ask({ kind: 'open', file: file(ZIM_FIXTURES.modern.bytes), name: 'modern.zim' });
    const uuid = opened.kind === 'opened' ? opened.info.uuid : '';
    expect(opened).toMatchObject({ info: { articleCount: 3, mainPage: 'index.html' } });
    expect(await ask({ kind: 'titles', uuid, start: 0, count: 10 })).toEqual({
      id: 2,
      kind: 'titles',
      titles: [
        { title: 'Booz Allen audit', path: 'A/Booz_Allen.html' },
        { title: 'Drone data audits', path: 'index.html' },
        { title: 'Kivu report – Données', path: 'A/Kivu.html' },
      ],
    });
    expect(await ask({ kind: 'seek', uuid, prefix: 'kiv' })).toMatchObject({ position: 2 });
    const page = await ask({ kind: 'article', uuid, path: 'A/Booz_Allen.html', articleId: 'zim-1' });
    expect(page).toMatchObject({
      kind: 'article',
      article: { id: 'zim-1', title: 'Booz Allen audit', source: 'Drone audits' },
    });
  });

  it('answers a file that is not a ZIM, a page that does not exist, or an unknown library with a sentence', async () => {
    const ask = host();
    expect(await ask({ kind: 'open', file: file(new Uint8Array(200)), name: 'x.zim' })).toMatchObject({
      kind: 'failed',
      message: expect.stringMatching(/not a ZIM file/),
    });
    expect(await ask({ kind: 'titles', uuid: 'nope', start: 0, count: 1 })).toMatchObject({
      kind: 'failed',
      message: expect.stringMatching(/not open/),
    });
    const opened = await ask({ kind: 'open', file: file(ZIM_FIXTURES.legacy.bytes), name: 'legacy.zim' });
    const uuid = opened.kind === 'opened' ? opened.info.uuid : '';
    expect(await ask({ kind: 'article', uuid, path: 'Nowhere.html', articleId: 'z' })).toMatchObject({
      kind: 'failed',
      message: 'there is no page “Nowhere.html” in Drone audits',
    });
    expect(await ask({ kind: 'article', uuid, path: 'dot.png', articleId: 'z' })).toMatchObject({
      kind: 'failed',
    });
  });

  it('indexes a library into a search segment that finds its pages by their words, reporting progress', async () => {
    const replies: ZimReply[] = [];
    const handle = createZimHost((r) => replies.push(r));
    await handle({ id: 1, kind: 'open', file: file(ZIM_FIXTURES.legacy.bytes), name: 'legacy.zim' });
    const uuid = (replies[0] as Extract<ZimReply, { kind: 'opened' }>).info.uuid;
    await handle({ id: 2, kind: 'index', uuid, fromPart: 0 });
    const progress = replies.filter((r) => r.kind === 'index-progress');
    expect(progress.at(-1)).toEqual({ id: 2, kind: 'index-progress', done: 3, total: 3 });
    expect(replies.find((r) => r.kind === 'indexed')).toEqual({ id: 2, kind: 'indexed', finished: true });
    const built = replies.find((r) => r.kind === 'index-part')!;
    if (built.kind !== 'index-part') throw new Error('no part');
    expect(built.part).toMatchObject({ part: 0, parts: 1, totalPages: 3, articles: 3, skipped: 0 });
    // Handed over as Blobs, made in the worker: the page neither copies nor holds the bytes.
    expect(built.part.index).toBeInstanceOf(Blob);
    const index = new Uint8Array(await built.part.index.arrayBuffer());
    const positions = new Uint8Array(await built.part.positions.arrayBuffer());
    const search = createSearchService({
      segments: [new SegmentReader(index, 'zim')],
      loadBody: async () => '',
      loadPositions: async () => positions,
    });
    const found = await search.search('consulting');
    expect(found.status === 'ok' && found.results.map((r) => [r.meta.id, r.meta.source])).toEqual([
      [`zim:${uuid}/Kivu.html`, 'Drone audits'],
    ]);
  });

  it('stops indexing when paused, answering that it did not finish', async () => {
    const replies: ZimReply[] = [];
    const handle = createZimHost((r) => replies.push(r));
    await handle({ id: 1, kind: 'open', file: file(ZIM_FIXTURES.modern.bytes), name: 'modern.zim' });
    const uuid = (replies[0] as Extract<ZimReply, { kind: 'opened' }>).info.uuid;
    const running = handle({ id: 2, kind: 'index', uuid, fromPart: 0 });
    await handle({ id: 3, kind: 'cancel-index', uuid });
    await running;
    expect(replies.find((r) => r.id === 2 && r.kind === 'indexed')).toEqual({
      id: 2,
      kind: 'indexed',
      finished: false,
    });
    expect(replies.some((r) => r.kind === 'index-part')).toBe(false);
  });
});
