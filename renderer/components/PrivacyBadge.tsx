import { useEffect, useState, useSyncExternalStore } from 'react';
import { describePersistence, requestPersistence, type Persistence } from '../db/storage';
import { blockedTotal, privacyMonitor } from '../model/privacy-monitor';

/**
 * The status bar's promise, kept live by the privacy monitor's events: nothing has left this machine, or how
 * many resources came from outside and how many attempts were blocked. Opens the privacy panel.
 */
export function PrivacyBadge({ onOpen }: { onOpen: () => void }) {
  const monitor = privacyMonitor();
  const status = useSyncExternalStore(monitor.subscribe, monitor.snapshot);
  const [persistence, setPersistence] = useState<Persistence>('unknown');
  useEffect(() => void requestPersistence().then(setPersistence), []);
  const blocked = blockedTotal(status);
  const clean = status.outside.length === 0;
  const detail =
    `Requests to anything but this app: ${status.outside.length}. Attempts blocked: ${blocked}. ` +
    describePersistence(persistence);
  return (
    <button
      type="button"
      className={`privacy ${clean ? 'privacy-clean' : 'privacy-alert'}`}
      title={detail}
      onClick={onOpen}
      data-testid="privacy-badge"
      data-persistence={persistence}
      data-blocked={blocked}
    >
      <span className="privacy-dot" aria-hidden="true" />
      {clean ? 'Offline: nothing has left this machine' : `${status.outside.length} outside request(s)!`}
      {blocked > 0 && <span className="privacy-blocked"> · {blocked} blocked</span>}
    </button>
  );
}
