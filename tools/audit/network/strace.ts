import { isLoopbackHost } from './addresses';

/** One socket call with an internet address, as strace printed it. */
export interface SocketCall {
  pid: number;
  syscall: string;
  family: 'inet' | 'inet6';
  host: string;
  port: number;
  /** The call's return value as printed ("0", "-1 ENETUNREACH (Network is unreachable)", "40"), or "?" if unseen. */
  result: string;
}

/** What the OS saw the whole session (browser, server and test runner alike) try to do with the network. */
export interface StraceSummary {
  /** Every connect, sendto or sendmsg naming an address outside loopback. */
  foreign: SocketCall[];
  /** Of those, the ones to port 53: DNS lookups. */
  dnsLookups: SocketCall[];
  /** Calls naming a loopback address (the app's own server, the test browser's control connection). */
  loopbackCalls: number;
}

const CALL = /^(\d+)\s+(connect|sendto|sendmsg|sendmmsg)\((.*)$/;
const INET = /sa_family=AF_INET, sin_port=htons\((\d+)\), sin_addr=inet_addr\("([^"]+)"\)/;
const INET6 = /sa_family=AF_INET6, sin6_port=htons\((\d+)\),.*?inet_pton\(AF_INET6, "([^"]+)"/;
const RESULT = /\)\s+=\s+(.+)$/;

/** Reads the socket calls out of `strace -f -e trace=connect,sendto,sendmsg` output; other lines are skipped. */
export function parseStrace(text: string): SocketCall[] {
  const calls: SocketCall[] = [];
  for (const line of text.split('\n')) {
    const match = CALL.exec(line.trim());
    if (!match) continue;
    const [, pid, syscall, rest = ''] = match;
    const v4 = INET.exec(rest);
    const v6 = v4 ? null : INET6.exec(rest);
    const found = v4 ?? v6;
    // AF_UNIX (IPC), AF_NETLINK and calls on already-connected sockets name no internet address.
    if (!found) continue;
    calls.push({
      pid: Number(pid),
      syscall: syscall ?? '',
      family: v4 ? 'inet' : 'inet6',
      host: found[2] ?? '',
      port: Number(found[1]),
      result: rest.includes('<unfinished ...>') ? '?' : (RESULT.exec(rest)?.[1] ?? '?'),
    });
  }
  return calls;
}

/** Splits the calls into loopback and foreign, and picks out DNS among the foreign ones. */
export function summariseStrace(calls: readonly SocketCall[]): StraceSummary {
  const foreign = calls.filter((call) => !isLoopbackHost(call.host));
  return {
    foreign,
    dnsLookups: foreign.filter((call) => call.port === 53),
    loopbackCalls: calls.length - foreign.length,
  };
}
