import type { ElectronApplication, Locator, Page } from '@playwright/test';

type Payloads = Exclude<Parameters<Locator['setInputFiles']>[0], string | string[]>;

/**
 * The import dialog: choosing files or a folder, the progress, and the summary. In the desktop app the system
 * dialog is stubbed in the main process to answer with the given paths, so the same specs drive both.
 */
export class ImportDialog {
  constructor(
    readonly page: Page,
    readonly electronApp?: ElectronApplication,
  ) {}

  /** Makes the next native open dialog answer with `paths`. */
  private async answerNativeDialog(paths: string[]): Promise<void> {
    await this.electronApp!.evaluate(({ dialog }, filePaths) => {
      dialog.showOpenDialog = (async () => ({ canceled: false, filePaths })) as typeof dialog.showOpenDialog;
    }, paths);
  }

  /** Chooses files: paths through the picker (or the native dialog), in-memory files in the browser only. */
  async choose(files: string[] | Payloads): Promise<void> {
    if (this.electronApp) {
      const paths = Array.isArray(files) ? files.filter((f): f is string => typeof f === 'string') : [];
      if (!Array.isArray(files) || paths.length !== files.length) {
        throw new Error('the desktop app imports files from disk: pass paths');
      }
      await this.answerNativeDialog(paths);
      await this.dialog.getByRole('button', { name: 'Choose files…' }).click();
    } else {
      await this.page.getByTestId('import-files').setInputFiles(files);
    }
  }

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
  async importFiles(files: string[] | Payloads): Promise<string> {
    await this.choose(files);
    await this.summary.waitFor({ timeout: 60_000 });
    return (await this.summary.getByRole('status').textContent()) ?? '';
  }

  /** Imports a whole folder through the folder picker and waits for the summary. */
  async importFolder(folder: string): Promise<string> {
    if (this.electronApp) {
      await this.answerNativeDialog([folder]);
      await this.dialog.getByRole('button', { name: 'Choose a folder…' }).click();
    } else {
      await this.page.getByTestId('import-folder').setInputFiles(folder);
    }
    await this.summary.waitFor({ timeout: 60_000 });
    return (await this.summary.getByRole('status').textContent()) ?? '';
  }

  async close(): Promise<void> {
    await this.page.getByTestId('import-close').click();
    await this.dialog.waitFor({ state: 'detached' });
  }
}
