import type { App } from 'electron';

/**
 * Chromium switches that close the paths webRequest never sees: DNS look-ups (prefetch, preconnect), proxy
 * auto-detection, and Chromium's own background services. With them, a request that somehow escaped the
 * webRequest block still could not resolve a host or find a route.
 */
export const OFFLINE_SWITCHES: readonly (readonly [string, string?])[] = [
  // Every host name resolves to "not found"; the app's own pages come from the app:// handler, not from DNS.
  ['host-resolver-rules', 'MAP * ~NOTFOUND'],
  ['no-proxy-server'],
  ['no-pings'],
  ['disable-background-networking'],
  ['disable-component-update'],
  ['disable-domain-reliability'],
  ['disable-breakpad'],
  ['disable-features', 'NetworkPrediction,MediaRouter,OptimizationHints,AutofillServerCommunication'],
];

/** Appends the offline switches; must run before the app is ready, when Chromium reads its command line. */
export function setupNetworkSwitches(app: Pick<App, 'commandLine'>): void {
  for (const [name, value] of OFFLINE_SWITCHES) {
    if (value === undefined) app.commandLine.appendSwitch(name);
    else app.commandLine.appendSwitch(name, value);
  }
}

/** Turns DNS-over-HTTPS off once ready, so no resolver is ever asked over HTTPS either. */
export function setupSecureDnsOff(app: Pick<App, 'configureHostResolver'>): void {
  app.configureHostResolver({ secureDnsMode: 'off' });
}
