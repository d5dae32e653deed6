import type { ZimAddOutcome } from '../model/zim-sessions';
import { formatCount } from '../model/format-count';
import { formatRoute } from '../shell/route';

interface Props {
  outcome: ZimAddOutcome;
  onClose(): void;
}

/** What adding ZIM files did: each library added (a link to its A-Z list), each file refused with its reason. */
export function ZimAddSummary({ outcome, onClose }: Props) {
  const { running, added, refused } = outcome;
  return (
    <section aria-labelledby="zim-added-title" data-testid="zim-add-summary">
      <h3 id="zim-added-title">Kiwix libraries added</h3>
      <p role="status">
        {running
          ? 'Opening the ZIM files in place…'
          : `${formatCount(added.length)} added, ${formatCount(refused.length)} refused. They are read where they are, never copied.`}
      </p>
      {added.length > 0 && (
        <ul className="import-list" data-testid="zim-added">
          {added.map((zim) => (
            <li key={zim.uuid}>
              <a href={formatRoute({ view: 'zim', uuid: zim.uuid, query: '' })} onClick={onClose}>
                {zim.title}
              </a>
              <span className="import-reason">
                {formatCount(zim.articleCount)} articles · {zim.fileName}
              </span>
            </li>
          ))}
        </ul>
      )}
      {refused.length > 0 && (
        <ul className="import-list" data-testid="zim-refused">
          {refused.map((item, i) => (
            <li key={i}>
              <span className="import-path">{item.path}</span>
              <span className="import-reason">{item.reason}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
