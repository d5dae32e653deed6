import type { NoteHit } from '../../archive/core/annotations/notes-search';
import { formatRoute } from '../shell/route';

/** Most highlights listed beside the archive's results; the notebook shows them all. */
const SHOWN = 5;

/**
 * The user's own highlights that match the query, set apart above the archive's results: each links to its
 * article at the passage.
 */
export function NoteHits({ hits, query }: { hits: readonly NoteHit[]; query: string }) {
  if (hits.length === 0) return null;
  return (
    <section className="note-hits" aria-labelledby="note-hits-title" data-testid="note-hits">
      <h2 id="note-hits-title">
        In your notes <span className="muted">({hits.length})</span>
      </h2>
      <ol className="note-list">
        {hits.slice(0, SHOWN).map(({ annotation: a }) => (
          <li key={a.id} className={`note-card note-${a.color}`}>
            <a
              className="note-quote"
              href={formatRoute({ view: 'article', id: a.articleId, query, annotation: a.id })}
              data-testid="note-hit"
            >
              {a.quote.exact}
            </a>
            {a.note && <p className="note-text note-collapsed">{a.note}</p>}
          </li>
        ))}
      </ol>
      {hits.length > SHOWN && (
        <p className="muted">
          <a href={formatRoute({ view: 'notebook', query: '' })}>All {hits.length} in the notebook</a>
        </p>
      )}
    </section>
  );
}
