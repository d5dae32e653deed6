import { useEffect } from 'react';
import { formatCount } from '../model/format-count';
import {
  cancelIndexing,
  indexLibrary,
  pauseIndexing,
  readIndexState,
  useIndexState,
} from '../model/zim-indexing';

interface Props {
  uuid: string;
  /** Whether the library's file is open, so it can be indexed. */
  open: boolean;
}

/**
 * Whether a library is searchable: indexed, being indexed (done of total, rate, time left, what is searchable
 * already, Pause and Cancel), paused part-way (Resume, Cancel), or not yet.
 */
export function ZimSearchState({ uuid, open }: Props) {
  const state = useIndexState(uuid);
  useEffect(() => void readIndexState(uuid), [uuid]);
  const cancel = (
    <button type="button" className="link-button" onClick={() => void cancelIndexing(uuid)}>
      Cancel
    </button>
  );
  if (state.state === 'indexing') {
    const seconds = (state.now - state.startedAt) / 1000;
    const rate = seconds > 0 && state.done > state.from ? (state.done - state.from) / seconds : 0;
    const left = rate > 0 ? Math.ceil((state.total - state.done) / rate) : undefined;
    return (
      <div className="zim-search-state" data-testid="zim-indexing">
        <progress value={state.done} max={state.total || 1} aria-label="Indexing for search" />
        <span role="status">
          Indexing for search: {formatCount(state.done)} of {formatCount(state.total)}
          {rate > 0 && ` · ${formatCount(Math.round(rate))} a second`}
          {left !== undefined && ` · about ${left} s left`}
          {state.searchable > 0 && ` · ${formatCount(state.searchable)} searchable already`}
        </span>
        <button type="button" className="link-button" onClick={() => pauseIndexing(uuid)}>
          Pause
        </button>
        {cancel}
      </div>
    );
  }
  if (state.state === 'paused')
    return (
      <div className="zim-search-state" data-testid="zim-paused">
        <span role="status">
          Indexing paused at {formatCount(state.done)} of {formatCount(state.total)} · searchable so far:{' '}
          {formatCount(state.searchable)} pages
        </span>
        {open ? (
          <button type="button" className="link-button" onClick={() => void indexLibrary(uuid)}>
            Resume
          </button>
        ) : (
          <span className="muted"> · add its file to resume</span>
        )}
        {cancel}
      </div>
    );
  if (state.state === 'ready')
    return (
      <p className="zim-search-state muted" data-testid="zim-searchable">
        Searchable: {formatCount(state.articles)} pages
        {state.skipped > 0 && ` (${formatCount(state.skipped)} without text left out)`}
      </p>
    );
  return (
    <p className="zim-search-state" data-testid="zim-not-indexed">
      {state.state === 'failed' ? `Indexing stopped: ${state.message}. ` : 'Not searchable yet. '}
      {open && (
        <button type="button" className="link-button" onClick={() => void indexLibrary(uuid)}>
          Index for search
        </button>
      )}
    </p>
  );
}
