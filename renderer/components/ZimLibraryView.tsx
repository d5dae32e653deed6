import { useEffect, useState } from 'react';
import { useZimLibraries } from '../db/hooks';
import { formatCount } from '../model/format-count';
import { useOpenZims, zimArticleId } from '../model/zim-sessions';
import { formatRoute } from '../shell/route';
import type { ZimTitle } from '../zim/protocol';
import { appZimClient } from '../zim/zim-client';
import { ZimCard } from './ZimCard';

/** Titles shown at once in the A-Z list. */
const PAGE = 50;

interface Props {
  uuid: string;
  onBack(): void;
}

/** One Kiwix library: its card, its main page, and its articles A-Z from the file's own index, with type-ahead. */
export function ZimLibraryView({ uuid, onBack }: Props) {
  const { data } = useZimLibraries();
  const open = useOpenZims().has(uuid);
  const zim = data?.zims.find((z) => z.uuid === uuid);
  const [start, setStart] = useState(0);
  const [prefix, setPrefix] = useState('');
  const [titles, setTitles] = useState<ZimTitle[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    let current = true;
    const client = appZimClient();
    const load = async (): Promise<void> => {
      const from = prefix.trim() ? await client.seek(uuid, prefix.trim()) : start;
      const rows = await client.titles(uuid, from, PAGE);
      if (!current) return;
      if (prefix.trim()) setStart(from);
      setTitles(rows);
      setProblem(null);
    };
    load().catch(
      (error: unknown) => current && setProblem(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      current = false;
    };
    // A new prefix seeks; paging moves `start` without a prefix.
  }, [uuid, open, prefix, start]);

  if (data === undefined) return <p className="muted">Opening…</p>;
  if (zim === undefined)
    return (
      <section className="notice notice-warn" role="alert">
        <h2>This library is not in the app</h2>
        <p>It may have been removed. Add its ZIM file again from Import.</p>
        <button type="button" className="button" onClick={onBack}>
          Back to the library
        </button>
      </section>
    );
  // Enter opens the title the typed letters lead to, sought afresh so a list still catching up cannot mislead it.
  const openTyped = async (typed: string): Promise<void> => {
    const client = appZimClient();
    const [row] = await client.titles(uuid, await client.seek(uuid, typed), 1);
    if (row) window.location.assign(article(row.path));
  };
  const article = (path: string): string =>
    formatRoute({ view: 'article', id: zimArticleId(uuid, path), query: '' });
  return (
    <section aria-labelledby={`zim-${uuid}`} className="zim-view" data-testid="zim-view">
      <button type="button" className="link-button" onClick={onBack}>
        ← Back to library
      </button>
      <ZimCard zim={zim} open={open} linked={false} level={1} />
      {open && zim.mainPage && (
        <p>
          <a href={article(zim.mainPage)} data-testid="zim-main-page">
            Open the main page
          </a>
        </p>
      )}
      {open && (
        <>
          <label className="field zim-seek">
            Go to a title
            <input
              type="search"
              autoComplete="off"
              value={prefix}
              placeholder="Type the first letters"
              onChange={(e) => setPrefix(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && prefix.trim()) void openTyped(prefix.trim());
              }}
              data-testid="zim-seek"
            />
          </label>
          {problem && (
            <p className="notice notice-warn" role="alert">
              {problem}
            </p>
          )}
          <ol className="zim-titles" start={start + 1} data-testid="zim-titles" aria-label="Articles A to Z">
            {(titles ?? []).map((t) => (
              <li key={t.path}>
                <a href={article(t.path)}>{t.title}</a>
              </li>
            ))}
          </ol>
          <div className="modal-actions">
            <button
              type="button"
              className="button"
              disabled={start === 0}
              onClick={() => (setPrefix(''), setStart(Math.max(0, start - PAGE)))}
            >
              Previous {PAGE}
            </button>
            <span className="muted">
              {formatCount(Math.min(start + 1, zim.articleCount))}–
              {formatCount(Math.min(start + PAGE, zim.articleCount))} of {formatCount(zim.articleCount)}
            </span>
            <button
              type="button"
              className="button"
              disabled={start + PAGE >= zim.articleCount}
              onClick={() => (setPrefix(''), setStart(start + PAGE))}
            >
              Next {PAGE}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
