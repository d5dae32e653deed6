import { hostOf, isLoopbackHost, splitHostPort } from './addresses';

/** What Chromium's netlog (capture mode Everything) shows of one session, split by who started each request. */
export interface NetlogSummary {
  /** Requests to the app's own origin. */
  ownRequests: number;
  /** Requests the app's page or workers started to anything outside its origin: must be 0. */
  appForeign: string[];
  /** Requests the browser started on its own (no page initiator), outside the app's origin. */
  browserOwn: string[];
  /** Host lookups for anything but loopback made for the app's pages: must be 0. */
  appLookups: string[];
  /** Host lookups for anything but loopback made for the browser's own requests. */
  browserLookups: string[];
  /** Addresses outside loopback a socket was connected to (a UDP connect sends nothing; it only picks a route). */
  foreignConnects: string[];
  /** Bytes the browser's sockets sent to addresses outside loopback: must be 0. */
  bytesToForeign: number;
}

/** A summary with nothing counted yet: where summariseNetlog starts. */
export function emptyNetlogSummary(): NetlogSummary {
  return {
    ownRequests: 0,
    appForeign: [],
    browserOwn: [],
    appLookups: [],
    browserLookups: [],
    foreignConnects: [],
    bytesToForeign: 0,
  };
}

interface NetlogEvent {
  type: number;
  source: { id: number; type: number };
  params?: Record<string, unknown>;
}

/** A parsed netlog: the name tables and the events, as Chromium writes them. */
export interface Netlog {
  constants: { logEventTypes: Record<string, number>; logSourceType: Record<string, number> };
  events: NetlogEvent[];
}

/** The netlog event types summariseNetlog reads; a recorded fixture keeps these and nothing else. */
export const NETLOG_EVENTS_READ = [
  'URL_REQUEST_START_JOB',
  'HOST_RESOLVER_MANAGER_REQUEST',
  'HOST_RESOLVER_MANAGER_TASK_SEQUENCE_CREATED',
  'SOCKET_POOL_CONNECT_JOB_CREATED',
  'TCP_CONNECT_ATTEMPT',
  'TCP_CONNECT',
  'UDP_CONNECT',
  'SOCKET_BYTES_SENT',
  'UDP_BYTES_SENT',
] as const;

/** A netlog cut down to the events the summary reads (and their names), small enough to check in as a fixture. */
export function trimNetlog(log: Netlog): Netlog {
  const kept: Record<string, number> = {};
  for (const name of NETLOG_EVENTS_READ) {
    const id = log.constants.logEventTypes[name];
    if (id !== undefined) kept[name] = id;
  }
  const ids = new Set(Object.values(kept));
  return {
    constants: { logEventTypes: kept, logSourceType: log.constants.logSourceType },
    events: log.events.filter((e) => ids.has(e.type)),
  };
}

/** Reads a netlog file's text; Chromium leaves the closing brackets off when it is killed, so they are restored. */
export function parseNetlog(text: string): Netlog {
  const trimmed = text.trimEnd();
  let json: unknown;
  try {
    json = JSON.parse(trimmed);
  } catch {
    json = JSON.parse(`${trimmed.replace(/,$/, '')}]}`);
  }
  const log = json as Partial<Netlog>;
  if (!log.constants?.logEventTypes || !Array.isArray(log.events)) throw new Error('not a Chromium netlog');
  return log as Netlog;
}

function originOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return '';
  }
}

/** The site part of an origin, as network isolation keys name it: scheme and host, no port. */
function siteOf(origin: string): string {
  try {
    const parsed = new URL(origin);
    return `${parsed.protocol}//${parsed.hostname}`;
  } catch {
    return origin;
  }
}

/** Whether a network isolation or anonymization key ("http://127.0.0.1 same_site") names exactly this site. */
function keyNamesSite(key: string, site: string): boolean {
  return key.split(/\s+/).includes(site);
}

/** A socket pool group ("pmpsa/http://tracker.example <http://127.0.0.1 same_site>") as destination and key. */
function parseGroup(group: string): { destination: string; key: string } | undefined {
  const match = /^(?:[a-z]*\/)?(\S+) <([^>]*)>/.exec(group);
  return match ? { destination: match[1] ?? '', key: match[2] ?? '' } : undefined;
}

/**
 * Summarises a netlog against the app's origin. A request counts as the app's when the app's origin initiated it
 * (its page, its workers); the navigation to the app has no initiator but is on the app's origin. A lookup counts
 * as the app's when its anonymization key names the app's site. Everything else outside the origin is the
 * browser's own, listed apart and never dropped.
 *
 * Chromium builds differ in how they log a lookup: some log a HOST_RESOLVER_MANAGER_REQUEST naming the host,
 * newer ones (156.0.8078.129) only start a resolver task sequence inside the connect job, whose socket group names
 * the host and the key. Both count, once per connect job.
 */
export function summariseNetlog(log: Netlog, ownOrigin: string): NetlogSummary {
  const type = (name: string): number => log.constants.logEventTypes[name] ?? -1;
  const sourceType = (name: string): number => log.constants.logSourceType[name] ?? -1;
  const START = type('URL_REQUEST_START_JOB');
  const LOOKUP = type('HOST_RESOLVER_MANAGER_REQUEST');
  const TCP_ATTEMPT = type('TCP_CONNECT_ATTEMPT');
  const TCP_CONNECT = type('TCP_CONNECT');
  const UDP_CONNECT = type('UDP_CONNECT');
  const SENT = new Set([type('SOCKET_BYTES_SENT'), type('UDP_BYTES_SENT')]);
  const JOB_CREATED = type('SOCKET_POOL_CONNECT_JOB_CREATED');
  const RESOLVER_TASKS = type('HOST_RESOLVER_MANAGER_TASK_SEQUENCE_CREATED');
  // The quality estimator repeats every lookup it watches; counting it too would double each one.
  const ESTIMATOR = sourceType('NETWORK_QUALITY_ESTIMATOR');
  const own = originOf(ownOrigin);
  const site = siteOf(own);
  const summary = emptyNetlogSummary();
  const remoteOf = new Map<number, string>();
  const str = (value: unknown): string => (typeof value === 'string' ? value : '');
  // Connect jobs to foreign hosts, and which of them resolved a name and which logged that lookup already.
  const jobs = new Map<number, { host: string; app: boolean }>();
  const resolvedJobs: number[] = [];
  const lookupLogged = new Set<number>();
  for (const event of log.events) {
    const p = event.params ?? {};
    if (event.type === START && typeof p.url === 'string') {
      if (originOf(p.url) === own) summary.ownRequests += 1;
      else if (str(p.initiator) === own) summary.appForeign.push(p.url);
      else summary.browserOwn.push(p.url);
    } else if (event.type === LOOKUP && typeof p.host === 'string' && event.source.type !== ESTIMATOR) {
      if (isLoopbackHost(hostOf(p.host))) continue;
      const key = str(p.network_anonymization_key);
      (keyNamesSite(key, site) ? summary.appLookups : summary.browserLookups).push(p.host);
      lookupLogged.add(event.source.id);
    } else if (event.type === JOB_CREATED) {
      const group = parseGroup(str(p.group_id));
      if (group && !isLoopbackHost(hostOf(group.destination)))
        jobs.set(event.source.id, { host: group.destination, app: keyNamesSite(group.key, site) });
    } else if (event.type === RESOLVER_TASKS) {
      resolvedJobs.push(event.source.id);
    } else if (event.type === TCP_ATTEMPT || event.type === UDP_CONNECT || event.type === TCP_CONNECT) {
      const address = str(p.address) || str(p.remote_address);
      if (!address) continue;
      remoteOf.set(event.source.id, address);
      if (!isLoopbackHost(splitHostPort(address).host) && event.type !== TCP_CONNECT)
        summary.foreignConnects.push(address);
    } else if (SENT.has(event.type)) {
      const address = str(p.address) || remoteOf.get(event.source.id) || '';
      const bytes = typeof p.byte_count === 'number' ? p.byte_count : 0;
      if (address && !isLoopbackHost(splitHostPort(address).host)) summary.bytesToForeign += bytes;
    }
  }
  for (const id of new Set(resolvedJobs)) {
    const job = jobs.get(id);
    if (job && !lookupLogged.has(id)) (job.app ? summary.appLookups : summary.browserLookups).push(job.host);
  }
  return summary;
}
