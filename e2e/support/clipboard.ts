import type { AppHandle } from '../fixtures';

/** Reads the system clipboard: through the main process in Electron, through the page in Chromium. */
export async function readClipboard(app: AppHandle): Promise<string> {
  if (app.electronApp) return app.electronApp.evaluate(({ clipboard }) => clipboard.readText());
  return app.page.evaluate(() => navigator.clipboard.readText());
}

/** Puts text on the system clipboard, as copying it in another application would. */
export async function writeClipboard(app: AppHandle, text: string): Promise<void> {
  if (app.electronApp) {
    await app.electronApp.evaluate(({ clipboard }, value) => clipboard.writeText(value), text);
    return;
  }
  await app.page.evaluate((value) => navigator.clipboard.writeText(value), text);
}
