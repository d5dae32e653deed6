import { expect, readDownload, test } from './fixtures';

test('the production build loads and stays inside its own origin', async ({ app }) => {
  await expect(app.page).toHaveTitle('Airgap');
  await expect(app.page.getByTestId('app-root')).toBeVisible();
  expect(app.page.url().startsWith(`${app.ownOrigin}/`), app.page.url()).toBe(true);
  // The fixture's teardown fails this test if anything above reached beyond app.ownOrigin.
  expect(app.recordedRequests().some((url) => url.startsWith(`${app.ownOrigin}/`))).toBe(true);
});

test('a restart brings the app back on the same profile, storage intact', async ({ app }) => {
  const before = app.page;
  await before.evaluate(() => localStorage.setItem('airgap-e2e-restart-probe', 'kept'));
  const after = await app.restart();
  expect(after).not.toBe(before);
  expect(app.page).toBe(after);
  await expect(after.getByTestId('app-root')).toBeVisible();
  expect(await after.evaluate(() => localStorage.getItem('airgap-e2e-restart-probe'))).toBe('kept');
});

test('readDownload returns the text of a file the page saves from a blob: URL', async ({ app }) => {
  const download = app.page.waitForEvent('download');
  await app.page.evaluate(() => {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob(['# Note\n\nkept offline ✓\n'], { type: 'text/markdown' }));
    link.download = 'note.md';
    document.body.append(link);
    link.click();
    link.remove();
  });
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('note.md');
  expect(await readDownload(saved)).toBe('# Note\n\nkept offline ✓\n');
});

test.describe('the network guard', () => {
  // Unresolvable by design (.invalid is reserved, and Chromium maps every non-loopback host to NOTFOUND).
  const PROBE = 'http://example.invalid/airgap-guard-probe';
  // Only this exact URL is forgiven at teardown; any other foreign request would still fail the test.
  test.use({ allowForeign: [PROBE] });

  // Tagged @browser-only: the probe opens a browser tab, which the Electron app forbids, so playwright.config.ts
  // leaves it out of the Electron project (the recorder under test is the same code in both).
  test('records a foreign request made by another page of the same context @browser-only', async ({
    app,
  }) => {
    const popup = app.page.waitForEvent('popup');
    await app.page.evaluate((href) => {
      const link = document.createElement('a');
      link.href = href;
      link.target = '_blank';
      link.rel = 'noopener';
      document.body.append(link);
      link.click();
      link.remove();
    }, PROBE);
    await popup;
    await expect.poll(() => app.recordedRequests()).toContain(PROBE);
  });
});
