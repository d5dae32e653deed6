import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { namespaceScript, osLayerMissing, readOsRecord } from './namespace';

const missing = osLayerMissing();

async function inNamespace(script: string) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'airgap-ns-'));
  try {
    const node = `${process.execPath} -e ${JSON.stringify(script).replace(/\$/g, '\\$')}`;
    const run = spawnSync('unshare', ['-n', '--', 'sh', '-c', namespaceScript(dir, node)], {
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    return await readOsRecord(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// The OS layer of the network audit, held to real packets: it must see what a process sends.
describe.skipIf(missing !== undefined)(
  `the audit's network namespace (needs root, unshare, ip, strace: ${missing ?? 'present'})`,
  () => {
    it('counts the bytes and the DNS lookup of a process that sends a packet out', async () => {
      const record = await inNamespace(
        "const s = require('dgram').createSocket('udp4'); s.send('leak', 53, '192.0.2.1', () => s.close());",
      );
      if (!record.measured) throw new Error('not measured');
      expect(record.interfaceTxBytes).toBeGreaterThan(0);
      expect(record.strace.dnsLookups.map((c) => `${c.host}:${c.port}`)).toEqual(['192.0.2.1:53']);
    });

    it('counts nothing for a process that only talks to loopback', async () => {
      const record = await inNamespace(
        "const s = require('dgram').createSocket('udp4'); s.send('local', 9, '127.0.0.1', () => s.close());",
      );
      if (!record.measured) throw new Error('not measured');
      expect(record.interfaceTxBytes).toBe(0);
      expect(record.strace.foreign).toEqual([]);
      expect(record.strace.loopbackCalls).toBe(1);
    });
  },
);
