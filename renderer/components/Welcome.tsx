import { useMemo, useState } from 'react';
import type { ArticleMeta } from '../../archive/core/articles/article';
import { firstSearchSuggestion } from '../model/first-search';
import { formatCount } from '../model/format-count';

const DISMISSED = 'airgap.welcome-dismissed';
/** How many titles the first-search suggestion is drawn from. */
const SUGGESTION_TITLES = 2000;

function dismissedBefore(): boolean {
  try {
    return localStorage.getItem(DISMISSED) === '1';
  } catch {
    return false;
  }
}

/**
 * The first screen's welcome: what this archive is and that nothing leaves the machine, in one sentence, and
 * a first search to try. Shown until the user dismisses it or opens an article.
 */
export function Welcome({
  articles,
  total,
  everRead,
  onSearch,
}: {
  articles: readonly ArticleMeta[];
  total: number;
  everRead: boolean;
  onSearch: (query: string) => void;
}) {
  const [hidden, setHidden] = useState(() => everRead || dismissedBefore());
  // Read from the first titles only, so it is worked out again only while those are still arriving, not for
  // every later page of a large library.
  const seen = Math.min(articles.length, SUGGESTION_TITLES);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const suggestion = useMemo(() => firstSearchSuggestion(articles, SUGGESTION_TITLES), [seen]);
  if (hidden || total === 0) return null;
  const dismiss = (): void => {
    setHidden(true);
    try {
      localStorage.setItem(DISMISSED, '1');
    } catch {
      // Not kept: the welcome shows again next time, which loses nothing.
    }
  };
  return (
    <section className="welcome" aria-labelledby="welcome-title" data-testid="welcome">
      <h2 id="welcome-title">Welcome to Airgap</h2>
      <p>
        This archive holds {formatCount(total)} articles you can search, read, highlight and take notes on,
        all on this computer: nothing you do here leaves the machine.
      </p>
      <div className="modal-actions">
        {suggestion && (
          <button
            type="button"
            className="button button-primary"
            onClick={() => onSearch(suggestion)}
            data-testid="welcome-search"
          >
            Try a first search: {suggestion}
          </button>
        )}
        <button type="button" className="button" onClick={dismiss} data-testid="welcome-dismiss">
          Got it
        </button>
      </div>
    </section>
  );
}
