import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';

test('every part of the app loads from its own origin only, through a full session', async ({ app }) => {
  const library = await new LibraryPage(app.page).ready();
  await library.search('drone');
  await library.results.first().click();
  await new ReaderPage(app.page).highlight('DJI', 'yellow');
  const requested = app.recordedRequests();
  expect(requested.length).toBeGreaterThan(3);
  for (const url of requested)
    expect(url.startsWith(`${app.ownOrigin}/`) || url.startsWith('blob:'), url).toBe(true);
  // Fonts come from the system: no font file is ever requested.
  expect(requested.filter((u) => /\.(woff2?|ttf|otf)(\?|$)/.test(u))).toEqual([]);
});

test.describe('the Content-Security-Policy', () => {
  const TRACKER = 'https://tracker.example/pixel.png';
  // The guard would fail this test on the probe; it is allowed here only because the test checks its fate.
  test.use({ allowForeign: [TRACKER] });

  test('stops a remote resource inside the renderer, before it reaches the network', async ({ app }) => {
    await new LibraryPage(app.page).ready();
    const failed = app.page.waitForEvent('requestfailed', (r) => r.url() === TRACKER);
    const violation = await app.page.evaluate(
      (src) =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), {
            once: true,
          });
          const img = document.createElement('img');
          img.src = src;
          document.body.append(img);
        }),
      TRACKER,
    );
    expect(violation).toBe('img-src');
    expect((await failed).failure()?.errorText).toMatch(/csp/i);
  });
});

test('the document is served with the CSP, and the status bar says nothing has left the machine', async ({
  app,
}) => {
  const response = await app.page.request.get(`${app.ownOrigin}/`).catch(() => null);
  if (response) {
    expect(response.headers()['content-security-policy']).toContain("default-src 'none'");
  }
  const meta = await app.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toContain("connect-src 'self'");
  await expect(app.page.getByTestId('privacy-badge')).toHaveText(/nothing has left this machine/);
});

test('the app asks the browser to keep its storage, and the privacy badge says what the browser answered', async ({
  app,
}) => {
  const badge = app.page.getByTestId('privacy-badge');
  await expect(badge).toHaveAttribute('data-persistence', /^(persisted|best-effort)$/);
  const answer = await app.page.evaluate(() => navigator.storage.persisted());
  await expect(badge).toHaveAttribute('data-persistence', answer ? 'persisted' : 'best-effort');
  await expect(badge).toHaveAttribute('title', /disk runs low/);
});
