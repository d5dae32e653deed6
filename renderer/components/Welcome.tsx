import { useState } from 'react';
import type { ArticleMeta } from '../../archive/core/article';
import { firstSearchSuggestion } from '../app/first-search';
import { formatCount } from '../app/format-count';

const DISMISSED = 'airgap.welcome-dismissed';

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
  if (hidden || total === 0) return null;
  const suggestion = firstSearchSuggestion(articles);
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
