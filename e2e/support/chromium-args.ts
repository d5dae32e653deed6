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
  // The browser's own calls home that the switches above leave on: autofill asks Google about every form it sees
  // (the app's fields say autocomplete=off, but Chromium still sends the form's signature), and network time.
  // Chromium keeps only the last --disable-features, so Playwright's own list (AimEnabled and PreconnectToSearch
  // among it, which stop a call to www.google.com) is repeated here in full.
  `--disable-features=${[
    'AutofillServerCommunication',
    'NetworkTimeServiceQuerying',
    'AimEnabled',
    'PreconnectToSearch',
    'LensOverlay',
    'OptimizationHints',
    'MediaRouter',
    'AvoidUnnecessaryBeforeUnloadCheckSync',
    'DestroyProfileOnBrowserClose',
    'HttpsUpgrades',
    'HttpsFirstBalancedModeAutoEnable',
    'PaintHolding',
    'ThirdPartyStoragePartitioning',
    'AvoidCorsURLLoaderRestartOnRedirect',
  ].join(',')}`,
  // The profile's account check (IdentityManager's ListAccounts) has no switch of its own: pointed at a closed
  // loopback port, it cannot leave the machine, and the network audit still lists it as the browser's own.
  '--gaia-url=http://127.0.0.1:9/',
  // Likewise the push-messaging (GCM) check-in, which some runs send to android.clients.google.com.
  '--gcm-checkin-url=http://127.0.0.1:9/checkin',
  '--gcm-registration-url=http://127.0.0.1:9/register',
];
