import type { App, Session } from 'electron';
import {
  BLOCK_LAYERS,
  PRIVACY_REPORT_LIMIT,
  type BlockedAttempt,
  type BlockedEvent,
  type BlockLayer,
  type PrivacyReport,
} from './contract';
import { APP_ORIGIN, isAppUrl } from './app-protocol';
import { onEverySession } from './sessions';

/** What the request filter needs to know about the running app. */
export interface RequestPolicyOptions {
  /** Packaged builds have no devtools, so devtools:// is refused too. */
  packaged: boolean;
}

/**
 * The whole network policy: only the app's own files (app://airgap/), blobs it made itself and, in development,
 * the devtools front end may load. Everything else, including other custom schemes and file:, is refused.
 */
export function isAllowedRequest(url: string, options: RequestPolicyOptions): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // A blob: URL embeds the origin that created it; only blobs minted by the app itself are local data.
  if (parsed.protocol === 'blob:') return isAppUrl(url.slice(url.indexOf(':') + 1));
  if (parsed.protocol === 'devtools:') return !options.packaged;
  return isAppUrl(url);
}

/**
 * Where the spellchecker would fetch dictionaries: an app:// folder that does not exist, so even if Chromium
 * tried it would get a 404 from our own protocol instead of reaching Google's CDN.
 */
export const SPELLCHECK_DICTIONARY_URL = `${APP_ORIGIN}/__no-spellcheck-dictionaries__/`;

/** Longest URL kept in the report; data: or query-laden URLs could otherwise fill memory. */
export const MAX_LOGGED_URL_LENGTH = 2048;

/** Records refused attempts from every blocking layer and summarises them as a {@link PrivacyReport}. */
export interface BlockLog {
  record(url: string, layer: BlockLayer): void;
  report(): PrivacyReport;
}

/** How a block log is made: its clock, how many entries it lists, and who hears of each block as it happens. */
export interface BlockLogOptions {
  now?: () => Date;
  limit?: number;
  /** Called for every recorded attempt; main.ts forwards it to the windows on the typed event channel. */
  onRecord?: (event: BlockedEvent) => void;
}

/** Creates an empty log whose report lists the last `limit` entries and counts them all, per layer. */
export function createBlockLog({
  now = () => new Date(),
  limit = PRIVACY_REPORT_LIMIT,
  onRecord,
}: BlockLogOptions = {}): BlockLog {
  const since = now().toISOString();
  const recent: BlockedAttempt[] = [];
  const byLayer = Object.fromEntries(BLOCK_LAYERS.map((layer) => [layer, 0])) as Record<BlockLayer, number>;
  let blockedCount = 0;
  return {
    record(url, layer) {
      blockedCount += 1;
      byLayer[layer] += 1;
      const kept = url.length > MAX_LOGGED_URL_LENGTH ? `${url.slice(0, MAX_LOGGED_URL_LENGTH)}…` : url;
      const entry: BlockedAttempt = { url: kept, at: now().toISOString(), layer };
      recent.push(entry);
      if (recent.length > limit) recent.splice(0, recent.length - limit);
      onRecord?.({ ...entry, total: blockedCount });
    },
    report() {
      return { blockedCount, byLayer: { ...byLayer }, blocked: recent.map((entry) => ({ ...entry })), since };
    },
  };
}

/** Installs the request filter and switches off the spellchecker's downloads in one session. */
function hardenSessionNetwork(session: Session, options: RequestPolicyOptions, log: BlockLog): void {
  session.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    const allowed = isAllowedRequest(details.url, options);
    if (!allowed) log.record(details.url, 'requests');
    callback({ cancel: !allowed });
  });
  session.setSpellCheckerEnabled(false);
  session.setSpellCheckerDictionaryDownloadURL(SPELLCHECK_DICTIONARY_URL);
}

/** Applies the network policy to the default session and every session created later. */
export function setupNetworkPolicy(
  app: Pick<App, 'on'>,
  defaultSession: Session,
  options: RequestPolicyOptions,
  log: BlockLog,
): void {
  onEverySession(app, defaultSession, (session) => hardenSessionNetwork(session, options, log));
}
