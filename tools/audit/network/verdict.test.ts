import { describe, expect, it } from 'vitest';
import { emptyNetlogSummary, type NetlogSummary } from './netlog';
import { auditLines, auditPasses, type AuditRecord, type OsRecord } from './verdict';

const quiet: NetlogSummary = { ...emptyNetlogSummary(), ownRequests: 30 };
const record = (
  netlog: Partial<NetlogSummary> = {},
  pageRequests = ['http://127.0.0.1:4322/'],
): AuditRecord => ({
  target: 'chromium',
  ownOrigin: 'http://127.0.0.1:4322',
  pageRequests,
  netlog: { ...quiet, ...netlog },
});
const cleanOs: OsRecord = {
  measured: true,
  strace: { foreign: [], dnsLookups: [], loopbackCalls: 12 },
  interfaceTxBytes: 0,
  interfaceTxPackets: 0,
};

describe('auditPasses', () => {
  it('passes a quiet session, whatever the browser did on its own', () => {
    const lines = auditLines(
      [record({ browserOwn: ['http://127.0.0.1:9/ListAccounts'], foreignConnects: ['[2001:db8::1]:443'] })],
      cleanOs,
    );
    expect(auditPasses(lines, true)).toBe(true);
  });

  it.each([
    ['a foreign page request', record({}, ['http://127.0.0.1:4322/', 'https://cdn.example/x.js']), cleanOs],
    [
      'an app-initiated foreign request in the netlog',
      record({ appForeign: ['https://t.example/'] }),
      cleanOs,
    ],
    ['a DNS lookup by the app', record({ appLookups: ['https://~notfound'] }), cleanOs],
    ['bytes to a foreign address in the netlog', record({ bytesToForeign: 1 }), cleanOs],
    [
      'bytes through the default route',
      record(),
      { ...cleanOs, interfaceTxBytes: 42, interfaceTxPackets: 1 },
    ],
    [
      'a DNS packet seen by strace',
      record(),
      {
        ...cleanOs,
        strace: {
          foreign: [],
          dnsLookups: [
            { pid: 1, syscall: 'sendto', family: 'inet', host: '10.0.0.1', port: 53, result: '40' },
          ],
          loopbackCalls: 0,
        },
      } as OsRecord,
    ],
  ])('fails on %s', (_what, r, os) => {
    expect(auditPasses(auditLines([r], os), false)).toBe(false);
  });

  it('fails when the OS layer is required but could not be measured, and says why', () => {
    const lines = auditLines([record()], { measured: false, reason: 'strace is not installed' });
    expect(lines.at(-1)).toMatchObject({ count: 'not measured', detail: 'strace is not installed' });
    expect(auditPasses(lines, true)).toBe(false);
    expect(auditPasses(lines, false)).toBe(true);
  });
});
