import type { Page } from '@playwright/test';
import { LibraryPage } from './library-page';
import { ReaderPage } from './reader-page';

/** The bundled Heliguy audit article, which most annotation specs highlight in. */
export const HELIGUY = 'No Evidence Of Drone Data Going To DJI Or China';

/** Opens an article from the library by its title and returns its reader. */
export async function openArticle(page: Page, title = HELIGUY): Promise<ReaderPage> {
  await (await new LibraryPage(page).ready()).open(title);
  return new ReaderPage(page);
}

/**
 * Opens the same article in a second window of the same profile (a second tab of the app's origin), as a user
 * with two windows would: both share one IndexedDB. Browser project only; Electron forbids opening tabs.
 */
export async function openInSecondWindow(
  first: Page,
  ownOrigin: string,
  title = HELIGUY,
): Promise<ReaderPage> {
  const page = await first.context().newPage();
  await page.goto(`${ownOrigin}/`);
  return openArticle(page, title);
}
