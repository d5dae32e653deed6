/**
 * `npm run audit:network`: a full user session in the built app (e2e/audit/session.audit.ts), recorded three
 * ways: Chromium's netlog, every request the page and its workers make, and the OS (the whole run inside a
 * network namespace with only loopback and a counting dummy route, every socket call traced by strace). Prints a
 * table and fails unless every gated count is 0. Usage: tsx tools/audit/audit-network.ts [--keep]
 * (--keep leaves the recordings in the folder it names; the OS layer needs root, unshare, ip and strace).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { printTable } from '../dev/print-table';
import { parseNetlog, summariseNetlog } from './network/netlog';
import { namespaceScript, osLayerMissing, readOsRecord } from './network/namespace';
import { auditLines, auditPasses, type AuditRecord, type OsRecord } from './network/verdict';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const PLAYWRIGHT = ['npx', 'playwright', 'test', '-c', 'playwright.audit.config.ts'];

async function readRecord(dir: string, target: string): Promise<AuditRecord | undefined> {
  const requestsFile = path.join(dir, `requests-${target}.json`);
  if (!existsSync(requestsFile)) return undefined;
  const { ownOrigin, requests } = JSON.parse(await readFile(requestsFile, 'utf8')) as {
    ownOrigin: string;
    requests: string[];
  };
  const netlogFile = path.join(dir, `netlog-${target}.json`);
  if (!existsSync(netlogFile)) throw new Error(`the ${target} session wrote no netlog (${netlogFile})`);
  const netlog = summariseNetlog(parseNetlog(await readFile(netlogFile, 'utf8')), ownOrigin);
  return { target, ownOrigin, pageRequests: requests, netlog };
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { keep: { type: 'boolean', default: false } } });
  if (!existsSync(path.join(repoRoot, 'dist', 'renderer', 'index.html'))) {
    console.error('No built app in dist/: run npm run build first.');
    return 1;
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'airgap-audit-'));
  const env = { ...process.env, AIRGAP_AUDIT_DIR: dir };
  const missing = osLayerMissing();
  const run = missing
    ? spawnSync(PLAYWRIGHT[0]!, PLAYWRIGHT.slice(1), { cwd: repoRoot, env, stdio: 'inherit' })
    : spawnSync('unshare', ['-n', '--', 'sh', '-c', namespaceScript(dir, PLAYWRIGHT.join(' '))], {
        cwd: repoRoot,
        env,
        stdio: 'inherit',
      });
  try {
    if (run.status !== 0) {
      console.error(`The audit session failed (exit ${run.status ?? run.signal}); see the output above.`);
      return 1;
    }
    const records = (await Promise.all(['chromium', 'electron'].map((t) => readRecord(dir, t)))).filter(
      (r): r is AuditRecord => r !== undefined,
    );
    if (records.length === 0) throw new Error('the session recorded nothing');
    const osRecord: OsRecord = missing ? { measured: false, reason: missing } : await readOsRecord(dir);
    const lines = auditLines(records, osRecord);
    const gated = lines.filter((l) => l.gate);
    printTable(
      'Network audit: must all be 0',
      ['layer', 'measure', 'count', 'detail'],
      gated.map((l) => [l.layer, l.measure, String(l.count), l.detail || '–']),
    );
    printTable(
      'Reported, not failed: the test browser on its own, and route probes',
      ['layer', 'measure', 'count', 'detail'],
      lines.filter((l) => !l.gate).map((l) => [l.layer, l.measure, String(l.count), l.detail || '–']),
    );
    // CI must measure the OS layer; a developer's machine without root still gets the browser's two layers.
    const passes = auditPasses(lines, Boolean(process.env.CI));
    console.log(
      `\nnetwork audit: ${passes ? 'PASSED' : 'FAILED'} (${records.map((r) => r.target).join(' and ')}${missing ? `; OS layer not measured: ${missing}` : ''})`,
    );
    return passes ? 0 : 1;
  } finally {
    if (values.keep) console.log(`recordings kept in ${dir}`);
    else await rm(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
