import type { Locator, Page } from '@playwright/test';

/** The import dialog: choosing files or a folder, the progress, and the summary. */
export class ImportDialog {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByTestId('import-dialog');
  }

  get summary(): Locator {
    return this.page.getByTestId('import-summary');
  }

  /** The refused files, each with its path and reason. */
  get refused(): Locator {
    return this.page.getByTestId('import-refused').locator('li');
  }

  /** The imported and updated articles, each a link to it. */
  get added(): Locator {
    return this.page.getByTestId('import-added').locator('li');
  }

  /** Opens the dialog from the top bar. */
  async open(): Promise<this> {
    await this.page.getByTestId('import-open').click();
    await this.dialog.waitFor();
    return this;
  }

  /** Imports files through the file picker and waits for the summary. */
  async importFiles(files: string[] | Parameters<Locator['setInputFiles']>[0]): Promise<string> {
    await this.page.getByTestId('import-files').setInputFiles(files);
    await this.summary.waitFor({ timeout: 60_000 });
    return (await this.summary.getByRole('status').textContent()) ?? '';
  }

  /** Imports a whole folder through the folder picker and waits for the summary. */
  async importFolder(folder: string): Promise<string> {
    await this.page.getByTestId('import-folder').setInputFiles(folder);
    await this.summary.waitFor({ timeout: 60_000 });
    return (await this.summary.getByRole('status').textContent()) ?? '';
  }

  async close(): Promise<void> {
    await this.page.getByTestId('import-close').click();
    await this.dialog.waitFor({ state: 'detached' });
  }
}
