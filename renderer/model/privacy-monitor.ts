import type { AirgapApi, BlockedEvent, BlockLayer } from '../../electron/contract';

/** Every layer that refuses outbound attempts: the page's own Content-Security-Policy, then the desktop app's. */
export type PrivacyLayer = 'csp' | BlockLayer;

/** One refused attempt as the privacy panel lists it. */
export interface RefusedAttempt {
  url: string;
  at: string;
  layer: PrivacyLayer;
}

/** What the page knows, live, about its connections this session. */
export interface PrivacySnapshot {
  /** Attempts refused this session, per layer; the desktop layers are present only in the desktop app. */
  blocked: Partial<Record<PrivacyLayer, number>>;
  /** The most recent refused attempts, newest last. */
  recent: RefusedAttempt[];
  /** Resources the browser loaded from anywhere but this app's origin: 0 unless something is wrong. */
  outside: string[];
  /** Whether the desktop app's main-process layers report here (false in the browser build). */
  desktop: boolean;
}

/** Outbound attempts refused this session, every layer together. */
export function blockedTotal(snapshot: PrivacySnapshot): number {
  return Object.values(snapshot.blocked).reduce((n, count) => n + (count ?? 0), 0);
}

/** Violations of the same URL by two policies this close together are one attempt, in ms. */
const SAME_ATTEMPT_MS = 1000;

/** How many refused attempts the panel lists; the counts cover them all. */
export const RECENT_LIMIT = 50;

/** A store of the page's privacy facts, fed by events; useSyncExternalStore reads it. */
export interface PrivacyMonitor {
  subscribe(listener: () => void): () => void;
  snapshot(): PrivacySnapshot;
}

/** What the monitor listens to; the real page passes its document, performance timeline and desktop bridge. */
export interface PrivacySources {
  document: Pick<Document, 'addEventListener'>;
  observeResources: (onUrls: (urls: string[]) => void) => void;
  origin: string;
  desktop: AirgapApi | undefined;
}

/** Whether a loaded resource stayed on this machine: this app's origin, or a blob or data URL it made. */
export function isLocalResource(url: string, origin: string): boolean {
  if (url.startsWith('blob:') || url.startsWith('data:')) return true;
  try {
    // Rebuilt from scheme and host: URL.origin is "null" for custom schemes such as app:// outside Electron.
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}` === origin;
  } catch {
    return false;
  }
}

/**
 * Starts listening at once, so the session's count begins with the page: CSP violations as the browser reports
 * them, resources as the performance timeline records them, and in the desktop app each block the main process
 * sends on its event channel (after a first report for what it refused before this page loaded). No polling.
 */
export function createPrivacyMonitor(sources: PrivacySources): PrivacyMonitor {
  const listeners = new Set<() => void>();
  let state: PrivacySnapshot = {
    blocked: sources.desktop ? { csp: 0, requests: 0, navigation: 0, downloads: 0 } : { csp: 0 },
    recent: [],
    outside: [],
    desktop: sources.desktop !== undefined,
  };
  const update = (next: PrivacySnapshot): void => {
    state = next;
    for (const listener of listeners) listener();
  };
  const refused = (attempt: RefusedAttempt, count = (state.blocked[attempt.layer] ?? 0) + 1): void =>
    update({
      ...state,
      blocked: { ...state.blocked, [attempt.layer]: count },
      recent: [...state.recent, attempt].slice(-RECENT_LIMIT),
    });

  // The page carries the policy twice (response header and meta tag), and each policy reports its own
  // violation: the same attempt seen by a second policy moments later is one attempt, not two.
  const lastSeen = new Map<string, { time: number; policies: Set<string> }>();
  sources.document.addEventListener('securitypolicyviolation', (event) => {
    const e = event as SecurityPolicyViolationEvent;
    const url = e.blockedURI || `(${e.effectiveDirective})`;
    const key = `${e.effectiveDirective} ${url}`;
    const seen = lastSeen.get(key);
    if (seen && !seen.policies.has(e.originalPolicy) && e.timeStamp - seen.time < SAME_ATTEMPT_MS) {
      seen.policies.add(e.originalPolicy);
      return;
    }
    lastSeen.set(key, { time: e.timeStamp, policies: new Set([e.originalPolicy]) });
    refused({ url, at: new Date().toISOString(), layer: 'csp' });
  });
  sources.observeResources((urls) => {
    const foreign = urls.filter((url) => !isLocalResource(url, sources.origin));
    if (foreign.length > 0) update({ ...state, outside: [...new Set([...state.outside, ...foreign])] });
  });
  if (sources.desktop) {
    const api = sources.desktop;
    const seen = new Set<string>();
    const take = (event: BlockedEvent): void => {
      const key = `${event.layer} ${event.at} ${event.url}`;
      if (seen.has(key)) return;
      seen.add(key);
      refused({ url: event.url, at: event.at, layer: event.layer });
    };
    api.onBlocked(take);
    // What was refused before this page listened (say, while it loaded) arrives once, from the report.
    void api
      .getPrivacyReport()
      .then((report) => {
        for (const attempt of report.blocked) take({ ...attempt, total: report.blockedCount });
        // The report counts beyond the attempts it lists; live events may already have counted past it.
        const blocked = { ...state.blocked };
        for (const [layer, count] of Object.entries(report.byLayer) as [BlockLayer, number][])
          blocked[layer] = Math.max(blocked[layer] ?? 0, count);
        update({ ...state, blocked });
      })
      .catch(() => undefined);
  }
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    snapshot: () => state,
  };
}

let shared: PrivacyMonitor | undefined;

/** The page's monitor, started on first call (main.tsx calls it before the first render). */
export function privacyMonitor(): PrivacyMonitor {
  shared ??= createPrivacyMonitor({
    document,
    origin: `${location.protocol}//${location.host}`,
    desktop: (window as unknown as { airgap?: AirgapApi }).airgap,
    observeResources: (onUrls) => {
      // buffered: resources loaded before the monitor started are reported too.
      new PerformanceObserver((list) => onUrls(list.getEntries().map((e) => e.name))).observe({
        type: 'resource',
        buffered: true,
      });
    },
  });
  return shared;
}
