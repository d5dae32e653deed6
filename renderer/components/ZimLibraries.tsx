import { useEffect, useRef, useState } from 'react';
import { appHistory } from '../db/command-history';
import { useZimLibraries } from '../db/hooks';
import { appLibrary } from '../db/library-commands';
import { useToast } from '../model/toasts';
import { useOpenZims } from '../model/zim-sessions';
import { ZimCard } from './ZimCard';
import { earlierEditions } from '../../archive/core/libraries/zim-editions';

/** The Kiwix libraries the user added, above the articles; nothing when there are none. */
export function ZimLibraries() {
  const { data, error } = useZimLibraries();
  const open = useOpenZims();
  const toast = useToast();
  const list = useRef<HTMLUListElement>(null);
  // The button a library was moved with: the browser drops focus from a moved element, so it is put back there.
  const [moved, setMoved] = useState<{ uuid: string; button: 'zim-move-up' | 'zim-move-down' } | null>(null);
  useEffect(() => {
    if (moved === null) return;
    const item = list.current?.querySelector(`[data-zim="${moved.uuid}"]`);
    item?.querySelector<HTMLElement>(`[data-testid="${moved.button}"]`)?.focus();
  }, [moved, data]);
  if (error) return <p className="notice notice-warn">The Kiwix libraries could not be read: {error}</p>;
  if (!data || (data.zims.length === 0 && data.unreadable === 0)) return null;
  const remove = async (uuid: string, title: string): Promise<void> => {
    try {
      await appLibrary().removeZim(uuid);
      toast({
        text: `Removed “${title}” from the app (its file is untouched). Its highlights stay in your notebook.`,
        action: { label: 'Undo', run: () => void appHistory().undo() },
      });
    } catch (failure) {
      toast({ text: `That did not work: ${String(failure)}`, tone: 'error' });
    }
  };
  const run = async (step: () => Promise<void>, done?: string): Promise<void> => {
    try {
      await step();
      if (done !== undefined)
        toast({ text: done, action: { label: 'Undo', run: () => void appHistory().undo() } });
    } catch (failure) {
      toast({ text: `That did not work: ${String(failure)}`, tone: 'error' });
    }
  };
  const count = data.zims.length;
  return (
    <section aria-labelledby="zim-libraries-title" className="zim-libraries" data-testid="zim-libraries">
      <h2 id="zim-libraries-title">Kiwix libraries</h2>
      {data.unreadable > 0 && (
        <p className="notice notice-warn">
          {data.unreadable} stored {data.unreadable === 1 ? 'library' : 'libraries'} could not be read and{' '}
          {data.unreadable === 1 ? 'was' : 'were'} set aside.
        </p>
      )}
      <ul className="zim-list" ref={list}>
        {data.zims.map((zim, i) => (
          <li key={zim.uuid} data-zim={zim.uuid}>
            <ZimCard
              zim={zim}
              open={open.has(zim.uuid)}
              onRemove={() => void remove(zim.uuid, zim.title)}
              onHidden={(hidden) =>
                void run(
                  () => appLibrary().setZimHidden(zim.uuid, hidden),
                  hidden
                    ? `“${zim.title}” is hidden from search. Its highlights stay in your notebook.`
                    : `“${zim.title}” is searched again.`,
                )
              }
              onMove={
                count > 1
                  ? (offset) => {
                      setMoved({ uuid: zim.uuid, button: offset < 0 ? 'zim-move-up' : 'zim-move-down' });
                      const place = Math.min(count, Math.max(1, i + 1 + offset));
                      void run(
                        () => appLibrary().moveZim(zim.uuid, offset),
                        `Moved “${zim.title}” to ${place} of ${count}.`,
                      );
                    }
                  : undefined
              }
              place={{ first: i === 0, last: i === count - 1 }}
              editions={earlierEditions(data.zims, zim)}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
