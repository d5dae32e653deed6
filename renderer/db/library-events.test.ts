import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LibraryEvents, type ChannelLike, type LibraryChange } from './library-events';

function listening(channel: ChannelLike): LibraryChange[] {
  const heard: LibraryChange[] = [];
  new LibraryEvents(channel).subscribe((c) => heard.push(c));
  return heard;
}

describe('LibraryEvents', () => {
  it('delivers a change to every listener here, and stops when unsubscribed', () => {
    const events = new LibraryEvents();
    const heard: string[] = [];
    const stop = events.subscribe((c) => heard.push(`a:${c.ids.join()}`));
    events.subscribe((c) => heard.push(`b:${c.ids.join()}`));
    events.emit(['x', 'y']);
    stop();
    events.emit(['z']);
    events.emit([]);
    expect(heard).toEqual(['a:x,y', 'b:x,y', 'b:z']);
  });

  it('ignores any message from another window that is not a list of ids', () => {
    fc.assert(
      fc.property(fc.anything(), (data) => {
        const channel: ChannelLike = { onmessage: null, postMessage: () => undefined };
        const heard = listening(channel);
        channel.onmessage?.({ data } as MessageEvent);
        const valid =
          typeof data === 'object' &&
          data !== null &&
          'ids' in data &&
          Array.isArray(data.ids) &&
          data.ids.every((id: unknown) => typeof id === 'string');
        expect(heard).toEqual(valid ? [{ ids: (data as { ids: string[] }).ids, origin: 'elsewhere' }] : []);
      }),
    );
  });

  it('keeps working here when the channel to other windows fails', () => {
    const channel: ChannelLike = {
      onmessage: null,
      postMessage: () => {
        throw new Error('closed');
      },
    };
    const events = new LibraryEvents(channel);
    const heard: LibraryChange[] = [];
    events.subscribe((c) => heard.push(c));
    events.emit(['x']);
    expect(heard).toEqual([{ ids: ['x'], origin: 'here' }]);
  });
});
