import { useZimLibraries } from '../db/hooks';
import { ZimCard } from './ZimCard';

interface Props {
  uuid: string;
  onBack(): void;
}

/** In place of a Kiwix page whose file is not open (after a restart): its library's card, asking for the file. */
export function ZimReconnect({ uuid, onBack }: Props) {
  const { data } = useZimLibraries();
  const zim = data?.zims.find((z) => z.uuid === uuid);
  if (data === undefined) return <p className="muted reader-loading">Opening article…</p>;
  return (
    <section className="zim-view" aria-labelledby="zim-reconnect-title">
      <h1 id="zim-reconnect-title">This page is in a Kiwix library</h1>
      {zim ? (
        <ZimCard zim={zim} open={false} />
      ) : (
        <p className="notice notice-warn" role="alert">
          Its library was removed from the app. Add its ZIM file again from Import to read this page; its
          highlights are kept.
        </p>
      )}
      <button type="button" className="button" onClick={onBack}>
        Back to the library
      </button>
    </section>
  );
}
