import type { AppHandle } from '../fixtures';

/** Reads the system clipboard: through the main process in Electron, through the page in Chromium. */
export async function readClipboard(app: AppHandle): Promise<string> {
  if (app.electronApp) return app.electronApp.evaluate(({ clipboard }) => clipboard.readText());
  return app.page.evaluate(() => navigator.clipboard.readText());
}
