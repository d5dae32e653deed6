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
