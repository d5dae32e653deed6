import { useEffect, useState } from 'react';
import { describePersistence, requestPersistence, type Persistence } from '../db/storage';
import { desktopApi } from '../services/save-text';

interface Status {
  outside: string[];
  blocked: number | null;
  persistence: Persistence;
}

/** Resources this page loaded from anywhere but its own origin, as the browser itself recorded them. */
function foreignResources(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => {
      const origin = new URL(url, location.href).origin;
      return origin !== location.origin && !url.startsWith('blob:') && !url.startsWith('data:');
    });
}

/**
 * Shows, from the browser's own resource log (and in the desktop app the main process's block list),
 * that nothing has left the machine.
 */
export function PrivacyBadge() {
  const [status, setStatus] = useState<Status>({ outside: [], blocked: null, persistence: 'unknown' });
  useEffect(() => {
    let live = true;
    const refresh = async (): Promise<void> => {
      const report = await desktopApi()
        ?.getPrivacyReport()
        .catch(() => undefined);
      const persistence = await requestPersistence();
      if (live) {
        setStatus({ outside: foreignResources(), blocked: report ? report.blockedCount : null, persistence });
      }
    };
    void refresh();
    const timer = setInterval(() => void refresh(), 5000);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, []);
  const clean = status.outside.length === 0;
  const detail =
    `Requests to anything but this app: ${status.outside.length}.` +
    (status.blocked === null ? '' : ` Attempts blocked by Airgap: ${status.blocked}.`) +
    ` ${describePersistence(status.persistence)}`;
  return (
    <div
      className={`privacy ${clean ? 'privacy-clean' : 'privacy-alert'}`}
      title={detail}
      data-testid="privacy-badge"
      data-persistence={status.persistence}
    >
      <span className="privacy-dot" aria-hidden="true" />
      {clean ? 'Offline: nothing has left this machine' : `${status.outside.length} outside request(s)!`}
      {status.blocked !== null && status.blocked > 0 && (
        <span className="privacy-blocked"> · {status.blocked} blocked</span>
      )}
    </div>
  );
}
