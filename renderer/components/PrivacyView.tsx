import { useEffect, useState, useSyncExternalStore } from 'react';
import type { DataLocation } from '../../electron/contract';
import { describePersistence, requestPersistence, type Persistence } from '../db/storage';
import { blockedTotal, privacyMonitor, type PrivacyLayer } from '../model/privacy-monitor';
import { desktopApi } from '../model/save-text';
import { DataActions } from './DataActions';

/** Each blocking layer in plain words: what it is and what it stops. */
const LAYERS: Record<PrivacyLayer, { name: string; stops: string }> = {
  csp: {
    name: 'Content-Security-Policy',
    stops: 'the page loading or sending anything to another address: images, scripts, fonts, requests',
  },
  requests: {
    name: 'Request filter (main process)',
    stops: 'every request, from any window or worker, that is not for the app’s own files',
  },
  navigation: {
    name: 'Navigation guard',
    stops: 'links, redirects and pop-ups that would open a web page',
  },
  downloads: { name: 'Download guard', stops: 'downloads of anything the app did not make itself' },
};

/** A byte count as people read it: "3.4 MB". */
function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return 'unknown';
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return unit === 0 ? `${value} bytes` : `${value.toFixed(1)} ${units[unit]}`;
}

type Where =
  { kind: 'desktop'; location: DataLocation } | { kind: 'browser'; usage?: number } | { kind: 'unknown' };

function useDataLocation(): Where {
  const [where, setWhere] = useState<Where>({ kind: 'unknown' });
  useEffect(() => {
    let live = true;
    const api = desktopApi();
    const asked: Promise<Where> = api
      ? api.getDataLocation().then((location) => ({ kind: 'desktop', location }))
      : (navigator.storage?.estimate() ?? Promise.resolve({ usage: undefined })).then((e) => ({
          kind: 'browser',
          ...(e.usage === undefined ? {} : { usage: e.usage }),
        }));
    asked.then((w) => live && setWhere(w)).catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return where;
}

/**
 * The privacy panel: that the app makes no connections, what each blocking layer refused this session (live),
 * where the user's data is and how large, whether storage is kept under disk pressure, and export or erase all.
 */
export function PrivacyView() {
  const monitor = privacyMonitor();
  const status = useSyncExternalStore(monitor.subscribe, monitor.snapshot);
  const where = useDataLocation();
  const [persistence, setPersistence] = useState<Persistence>('unknown');
  useEffect(() => void requestPersistence().then(setPersistence), []);
  const layers = Object.keys(status.blocked) as PrivacyLayer[];
  const total = blockedTotal(status);
  return (
    <section className="privacy-view" aria-labelledby="privacy-title" data-testid="privacy-view">
      <h1 id="privacy-title">Privacy</h1>
      <p className="lead">
        Airgap makes no network connections. Searching, reading, highlighting, importing and exporting all
        happen on this machine, and nothing you read or write is sent anywhere.
      </p>

      <h2>Blocked this session</h2>
      <p role="status" data-testid="blocked-total">
        {total === 0
          ? 'Nothing tried to leave this machine since this window opened.'
          : `${total} outbound ${total === 1 ? 'attempt was' : 'attempts were'} blocked since this window opened.`}
      </p>
      <table className="privacy-layers">
        <thead>
          <tr>
            <th scope="col">Layer</th>
            <th scope="col">What it stops</th>
            <th scope="col">Blocked</th>
          </tr>
        </thead>
        <tbody>
          {layers.map((layer) => (
            <tr key={layer}>
              <th scope="row">{LAYERS[layer].name}</th>
              <td>{LAYERS[layer].stops}</td>
              <td data-testid={`blocked-${layer}`}>{status.blocked[layer] ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p data-testid="outside-count">
        Resources this window loaded from anywhere but Airgap itself: {status.outside.length}.
      </p>
      {status.recent.length > 0 && (
        <ul className="privacy-recent" aria-label="Most recent blocked attempts">
          {status.recent.map((attempt, i) => (
            <li key={i}>
              <code>{attempt.url}</code> ({LAYERS[attempt.layer].name}, {attempt.at.slice(11, 19)})
            </li>
          ))}
        </ul>
      )}

      <h2>Where your data lives</h2>
      {where.kind === 'desktop' ? (
        <p data-testid="data-location">
          In <code>{where.location.path}</code>, which takes {formatBytes(where.location.bytes)} on disk.
        </p>
      ) : (
        <p data-testid="data-location">
          In this browser’s profile, stored for <code>{location.host}</code> only. A web page cannot see which
          folder that is; the browser says Airgap uses{' '}
          {where.kind === 'browser' && where.usage !== undefined
            ? `about ${formatBytes(where.usage)}`
            : 'an unknown amount'}{' '}
          of it.
        </p>
      )}
      <p data-testid="persistence">{describePersistence(persistence)}</p>

      <h2>Your data</h2>
      <p>
        The export is one JSON file: imported articles, highlights and notes as W3C Web Annotations, unsaved
        drafts and settings. The format is described in the project’s <code>docs/privacy.md</code>.
      </p>
      <DataActions />

      {!status.desktop && (
        <>
          <h2>What this page can and cannot see</h2>
          <p>
            In a browser, Airgap counts what its own Content-Security-Policy blocks and every resource this
            window loaded. It cannot see requests the browser makes on its own (updates, safe browsing, sync)
            or other tabs. The desktop app adds a request filter, a navigation guard and a download guard in
            its main process, and reports them here.
          </p>
        </>
      )}
    </section>
  );
}
