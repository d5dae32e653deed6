import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStrace, summariseStrace } from './strace';

const SAMPLE = [
  '812 connect(41, {sa_family=AF_UNIX, sun_path="/run/dbus/system_bus_socket"}, 110) = -1 ENOENT (No such file)',
  '812 connect(45, {sa_family=AF_INET, sin_port=htons(4322), sin_addr=inet_addr("127.0.0.1")}, 16) = -1 EINPROGRESS (Operation now in progress)',
  '901 connect(47, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "2001:4860:4860::8888", &sin6_addr), sin6_scope_id=0}, 28) = -1 ENETUNREACH (Network is unreachable)',
  '902 sendto(9, "\\252\\252\\1\\0"..., 40, MSG_NOSIGNAL, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("10.0.0.1")}, 16) = 40',
  '903 connect(12, {sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr("192.0.2.7")}, 16 <unfinished ...>',
  '903 <... connect resumed>) = 0',
  '904 sendmsg(30, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="x", iov_len=1}], msg_iovlen=1}, 0) = 1',
].join('\n');

describe('parseStrace and summariseStrace', () => {
  it('finds every internet address a process tried, tells loopback from foreign, and DNS by its port', () => {
    const calls = parseStrace(SAMPLE);
    expect(calls.map((c) => `${c.syscall} ${c.host}:${c.port} ${c.result}`)).toEqual([
      'connect 127.0.0.1:4322 -1 EINPROGRESS (Operation now in progress)',
      'connect 2001:4860:4860::8888:443 -1 ENETUNREACH (Network is unreachable)',
      'sendto 10.0.0.1:53 40',
      'connect 192.0.2.7:80 ?',
    ]);
    const summary = summariseStrace(calls);
    expect(summary.loopbackCalls).toBe(1);
    expect(summary.foreign.map((c) => c.host)).toEqual(['2001:4860:4860::8888', '10.0.0.1', '192.0.2.7']);
    expect(summary.dnsLookups.map((c) => c.host)).toEqual(['10.0.0.1']);
  });

  // A real strace of a real connect, so the parser is held to the tool's actual output, not to a sample.
  const strace = spawnSync('strace', ['-V']).status === 0;
  it.skipIf(!strace)(
    'reads the attempt of a real process traced by strace (skipped where strace is not installed)',
    () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'airgap-strace-'));
      const log = path.join(dir, 'trace.log');
      const script =
        "require('net').connect(9, '192.0.2.1').on('error', () => {}); setTimeout(() => {}, 100)";
      const run = spawnSync('strace', [
        '-f',
        '-qq',
        '-e',
        'trace=connect',
        '-o',
        log,
        process.execPath,
        '-e',
        script,
      ]);
      expect(run.status).toBe(0);
      const text = readFileSync(log, 'utf8');
      rmSync(dir, { recursive: true, force: true });
      const summary = summariseStrace(parseStrace(text));
      expect(summary.foreign.map((c) => `${c.host}:${c.port}`)).toContain('192.0.2.1:9');
    },
  );
});
