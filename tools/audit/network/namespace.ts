import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseStrace, summariseStrace } from './strace';
import type { OsRecord } from './verdict';

/** Why the OS layer cannot be recorded here, or undefined when it can. */
export function osLayerMissing(): string | undefined {
  if (process.getuid?.() !== 0) return 'needs root for a network namespace (unshare -n)';
  for (const tool of ['unshare', 'ip', 'strace'])
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) return `${tool} is not installed`;
  return undefined;
}

const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * The shell to run with `unshare -n sh -c`: loopback up, and one end of a veth pair as the default route, so a
 * packet for anywhere else has a way out and is counted by the interface (the other end drops it); IPv6 is off
 * on both, so the kernel sends nothing there on its own. `command` runs under strace, which records every socket
 * call naming an address into dir/strace.log; the route's transmit counters go to dir/interface.txt.
 */
export function namespaceScript(dir: string, command: string): string {
  return [
    'set -eu',
    'ip link set lo up',
    'ip link add airgap0 type veth peer name airgap1',
    'for dev in airgap0 airgap1; do sysctl -qw net.ipv6.conf.$dev.disable_ipv6=1 2>/dev/null || true; done',
    'ip addr add 10.231.0.2/24 dev airgap0',
    'ip link set airgap1 up',
    'ip link set airgap0 up',
    'ip route add default via 10.231.0.1 dev airgap0',
    'set +e',
    `strace -f -qq --seccomp-bpf -e trace=connect,sendto,sendmsg,sendmmsg -e signal=none -o ${quote(path.join(dir, 'strace.log'))} -- ${command}`,
    'status=$?',
    // /proc/net/dev is per namespace (sysfs would show the host's); transmit bytes and packets are fields 10-11.
    `sed 's/:/ /' /proc/net/dev | awk '$1 == "airgap0" { print $10, $11 }' > ${quote(path.join(dir, 'interface.txt'))}`,
    'exit $status',
  ].join('\n');
}

/** Reads what namespaceScript recorded in dir; throws if the counters are missing, so nothing passes unmeasured. */
export async function readOsRecord(dir: string): Promise<OsRecord> {
  const counters = (await readFile(path.join(dir, 'interface.txt'), 'utf8')).trim();
  if (!/^\d+ \d+$/.test(counters))
    throw new Error(`the default route's interface counters could not be read: "${counters}"`);
  const [tx = NaN, packets = NaN] = counters.split(' ').map(Number);
  const strace = summariseStrace(parseStrace(await readFile(path.join(dir, 'strace.log'), 'utf8')));
  return { measured: true, strace, interfaceTxBytes: tx, interfaceTxPackets: packets };
}
