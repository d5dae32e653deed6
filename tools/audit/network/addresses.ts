/** Whether a host or IP address names this machine: 127.0.0.0/8, ::1 (also IPv4-mapped) or localhost. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (bare === 'localhost' || bare.endsWith('.localhost')) return true;
  if (bare === '::1' || bare === '0:0:0:0:0:0:0:1') return true;
  const v4 = bare.startsWith('::ffff:') ? bare.slice('::ffff:'.length) : bare;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/** Splits "1.2.3.4:443", "[::1]:80" or "host" into host and port (port undefined when absent). */
export function splitHostPort(address: string): { host: string; port: number | undefined } {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(address);
  if (bracketed) return { host: bracketed[1] ?? '', port: bracketed[2] ? Number(bracketed[2]) : undefined };
  const parts = address.split(':');
  // More than one colon without brackets is a bare IPv6 address.
  if (parts.length > 2) return { host: address, port: undefined };
  return { host: parts[0] ?? '', port: parts[1] ? Number(parts[1]) : undefined };
}

/** The host of a URL-ish string such as "https://~notfound" or "http://127.0.0.1:4322", as the netlog writes it. */
export function hostOf(urlish: string): string {
  try {
    return new URL(urlish).hostname;
  } catch {
    return splitHostPort(urlish.replace(/^[a-z]+:\/\//i, '').split('/')[0] ?? '').host;
  }
}
