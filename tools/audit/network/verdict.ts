import { foreignRequests } from '../../../e2e/support/network-guard';
import type { NetlogSummary } from './netlog';
import type { StraceSummary } from './strace';

/** Everything the audit recorded for one target (the browser build or the desktop app). */
export interface AuditRecord {
  target: string;
  ownOrigin: string;
  /** Every URL the page and its workers requested, as Playwright saw them. */
  pageRequests: string[];
  netlog: NetlogSummary;
}

/** The OS-level record of the whole run, or why it could not be taken. */
export type OsRecord =
  | { measured: true; strace: StraceSummary; interfaceTxBytes: number; interfaceTxPackets: number }
  | { measured: false; reason: string };

/** One line of the audit's table: what was counted, how many, and whether a non-zero count fails the audit. */
export interface AuditLine {
  layer: string;
  measure: string;
  count: number | 'not measured';
  detail: string;
  /** Counted against the promise; browser-own lines are reported, not failed. */
  gate: boolean;
}

const list = (items: readonly string[]): string => [...new Set(items)].slice(0, 5).join(', ');

/** The audit's lines: the gated counts that must all be 0, and the browser's own traffic on lines of its own. */
export function auditLines(records: readonly AuditRecord[], os: OsRecord): AuditLine[] {
  const lines: AuditLine[] = [];
  for (const r of records) {
    // The e2e guard's own test of a request, so the audit and every e2e test judge a URL alike.
    const foreignPage = foreignRequests(r.pageRequests, r.ownOrigin);
    const n = r.netlog;
    lines.push(
      {
        layer: `${r.target}: page and workers`,
        measure: 'requests outside the app origin',
        count: foreignPage.length,
        detail: `${r.pageRequests.length} requests in all; ${list(foreignPage)}`,
        gate: true,
      },
      {
        layer: `${r.target}: netlog`,
        measure: 'app-initiated requests outside the app origin',
        count: n.appForeign.length,
        detail: `${n.ownRequests} to the app's own origin; ${list(n.appForeign)}`,
        gate: true,
      },
      {
        layer: `${r.target}: netlog`,
        measure: 'DNS lookups by the app',
        count: n.appLookups.length,
        detail: list(n.appLookups),
        gate: true,
      },
      {
        layer: `${r.target}: netlog`,
        measure: 'bytes sent to non-loopback addresses',
        count: n.bytesToForeign,
        detail: '',
        gate: true,
      },
      {
        layer: `${r.target}: netlog, browser's own`,
        measure: 'requests the browser made by itself',
        count: n.browserOwn.length,
        detail: list(n.browserOwn.map((u) => u.split('?')[0] ?? u)),
        gate: false,
      },
      {
        layer: `${r.target}: netlog, browser's own`,
        measure: 'lookups for the browser itself',
        count: n.browserLookups.length,
        detail: list(n.browserLookups),
        gate: false,
      },
      {
        layer: `${r.target}: netlog`,
        measure: 'sockets connected outside loopback (route probes; a UDP connect sends nothing)',
        count: n.foreignConnects.length,
        detail: list(n.foreignConnects),
        gate: false,
      },
    );
  }
  if (os.measured) {
    const calls = (c: readonly { host: string; port: number; result: string }[]) =>
      list(c.map((x) => `${x.host}:${x.port} (${x.result.split(' (')[0]})`));
    lines.push(
      {
        layer: 'OS: whole run in a network namespace',
        measure: 'bytes sent to non-loopback addresses (interface counter)',
        count: os.interfaceTxBytes,
        detail: `${os.interfaceTxPackets} packets`,
        gate: true,
      },
      {
        layer: 'OS: whole run in a network namespace',
        measure: 'DNS lookups (any socket call to port 53)',
        count: os.strace.dnsLookups.length,
        detail: calls(os.strace.dnsLookups),
        gate: true,
      },
      {
        layer: 'OS: whole run in a network namespace',
        measure: 'connect/send calls naming non-loopback addresses',
        count: os.strace.foreign.length,
        detail: calls(os.strace.foreign),
        gate: false,
      },
    );
  } else {
    lines.push({
      layer: 'OS',
      measure: 'socket calls and bytes',
      count: 'not measured',
      detail: os.reason,
      gate: true,
    });
  }
  return lines;
}

/** Whether the audit passes: every gated count is 0, and the OS layer was measured where it is required. */
export function auditPasses(lines: readonly AuditLine[], requireOs: boolean): boolean {
  return lines.every((line) =>
    !line.gate ? true : line.count === 'not measured' ? !requireOs : line.count === 0,
  );
}
