/** Debian's Chromium; elsewhere Playwright's own Chromium (npx playwright install chromium) is used. */
export const SYSTEM_CHROMIUM = process.env.AIRGAP_CHROMIUM ?? '/usr/bin/chromium';

// Chromium phones Google on its own (safe browsing, component updates, variations); none of that is the app's
// traffic, so it is switched off and, belt and braces, every host but loopback is made unresolvable.
/** The flags every Chromium the project launches runs with: quiet, offline but for loopback, no sandbox. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--no-sandbox',
];
