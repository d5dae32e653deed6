import { useState } from 'react';
import type { ZimRecord } from '../db/database';
import { formatCount } from '../model/format-count';
import { languageNames } from '../model/language-names';
import { useObjectUrl } from '../model/use-object-url';
import { addZimFile } from '../model/zim-sessions';
import { formatRoute } from '../shell/route';
import { ZimSearchState } from './ZimSearchState';
import { ZimEditions } from './ZimEditions';

interface Props {
  zim: ZimRecord;
  /** Whether its file is open in this window; if not, the card asks for it. */
  open: boolean;
  /** The title links to the library's A-Z list (off on that page itself). */
  linked?: boolean;
  onRemove?: () => void;
  /** The title's heading level: 1 on the library's own page, 3 in the list of libraries. */
  level?: 1 | 3;
  /** Earlier editions of the same library, whose highlights can be moved to this one. */
  editions?: readonly ZimRecord[];
  /** Hides the library from search, or shows it again. */
  onHidden?: (hidden: boolean) => void;
  /** Moves the library up (-1) or down (1) in the list; `place` says whether it can go further. */
  onMove?: (offset: -1 | 1) => void;
  place?: { first: boolean; last: boolean };
}

/**
 * One Kiwix library as the file describes itself: illustration, title, description, language and article
 * count; when its file is not open in this window (after a restart), a way to pick that file again.
 */
export function ZimCard(props: Props) {
  const { zim, open, linked = true, onRemove, level = 3, editions = [], onHidden, onMove, place } = props;
  const Heading = level === 1 ? 'h1' : 'h3';
  const [problem, setProblem] = useState<string | null>(null);
  const titleId = `zim-${zim.uuid}`;
  const illustration = useObjectUrl(zim.illustration);
  const reconnect = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    try {
      setProblem(null);
      await addZimFile(file, zim);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <article className="zim-card" aria-labelledby={titleId} data-testid="zim-card">
      {illustration && <img className="zim-illustration" src={illustration} alt="" />}
      <div>
        <Heading id={titleId} className="zim-title">
          {linked ? (
            <a href={formatRoute({ view: 'zim', uuid: zim.uuid, query: '' })}>{zim.title}</a>
          ) : (
            zim.title
          )}
        </Heading>
        {zim.description && <p className="zim-description">{zim.description}</p>}
        <p className="muted" data-testid="zim-facts">
          {[languageNames(zim.language), `${formatCount(zim.articleCount)} articles`, zim.date, zim.fileName]
            .filter(Boolean)
            .join(' · ')}
        </p>
        <ZimSearchState uuid={zim.uuid} open={open} />
        <ZimEditions current={zim} editions={editions} open={open} />
        {!open && (
          <div className="notice" data-testid="zim-closed">
            <p>
              Its file is not open in this window. Pick {zim.fileName} to read it; it is read where it is.
            </p>
            <label className="button">
              Pick the file…
              <input
                type="file"
                accept=".zim"
                className="visually-hidden"
                data-testid="zim-reconnect"
                onChange={(e) => void reconnect(e.target.files?.[0])}
              />
            </label>
          </div>
        )}
        {problem && (
          <p className="notice notice-warn" role="alert">
            {problem}
          </p>
        )}
        {zim.hidden === true && (
          <p className="notice" data-testid="zim-hidden">
            Hidden from search: its pages are not searched until you show it again. Its highlights are kept.
          </p>
        )}
        <div className="zim-actions">
          {onMove && (
            <>
              {/* aria-disabled, not disabled: the button keeps focus when the library reaches the end. */}
              <button
                type="button"
                className="link-button"
                aria-describedby={titleId}
                aria-disabled={place?.first === true}
                onClick={() => place?.first !== true && onMove(-1)}
                data-testid="zim-move-up"
              >
                Move up
              </button>
              <button
                type="button"
                className="link-button"
                aria-describedby={titleId}
                aria-disabled={place?.last === true}
                onClick={() => place?.last !== true && onMove(1)}
                data-testid="zim-move-down"
              >
                Move down
              </button>
            </>
          )}
          {onHidden && (
            <button
              type="button"
              className="link-button"
              aria-describedby={titleId}
              onClick={() => onHidden(zim.hidden !== true)}
              data-testid="zim-hide"
            >
              {zim.hidden === true ? 'Show in search' : 'Hide from search'}
            </button>
          )}
          {onRemove && (
            <button type="button" className="link-button danger" onClick={onRemove} data-testid="zim-remove">
              Remove from the app
            </button>
          )}
        </div>
      </div>
    </article>
  );
}
