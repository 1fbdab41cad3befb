/**
 * Moving in and out as a spec sees it: dropping or choosing another app's export, its preview, the progress
 * banner, the summary toast and report, background downloads and the archive of the whole library.
 */
import { expect, type Download, type Locator } from '@playwright/test';
import { AppPage } from './app-page.ts';

interface ExportFile {
  name: string;
  content: string | Buffer;
  mimeType?: string;
}

export class MigrationPage extends AppPage {
  get chooser(): Locator {
    return this.page.getByRole('dialog', { name: 'Import from another app' });
  }

  get preview(): Locator {
    return this.page.getByTestId('migration-preview');
  }

  /** The preview's dialog, named for the service ("Import from Wallabag"). */
  previewDialog(service: string): Locator {
    return this.page.getByRole('dialog', { name: `Import from ${service}` });
  }

  get progress(): Locator {
    return this.page.getByTestId('migration-progress');
  }

  get report(): Locator {
    return this.page.getByRole('dialog', { name: 'Import report' });
  }

  get downloadsBanner(): Locator {
    return this.page.getByTestId('downloads-banner');
  }

  /** The reader's panel for an article whose text is not downloaded yet. */
  get notDownloaded(): Locator {
    return this.page.getByTestId('not-downloaded');
  }

  /** Drops a file on the window, as dragging it from the file manager would. */
  async drop(file: ExportFile): Promise<void> {
    const base64 = Buffer.from(file.content).toString('base64');
    await this.page.evaluate(({ name, base64, mimeType }) => {
      const data = new DataTransfer();
      data.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name, { type: mimeType }));
      document.body.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true, cancelable: true }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, { name: file.name, base64, mimeType: file.mimeType ?? 'application/octet-stream' });
  }

  /** From the import dialog: Choose file… and pick this export in the system's file chooser. */
  async chooseInDialog(file: ExportFile): Promise<void> {
    // Interception is asked for before the dialog is awaited, so Chromium has it on before the click (see the
    // Ctrl+O spec in library-import.spec.ts: asked for together, a chooser was now and then lost).
    const chooserOpened = this.page.waitForEvent('filechooser');
    await expect(this.chooser).toBeVisible();
    await this.chooser.getByRole('button', { name: 'Choose file…' }).click();
    const fileChooser = await chooserOpened;
    await fileChooser.setFiles({ name: file.name, mimeType: file.mimeType ?? 'application/octet-stream', buffer: Buffer.from(file.content) });
  }

  /** Exports the library from the palette and returns the download it started. */
  async exportLibrary(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download', { timeout: 30_000 }), this.runCommand('Export the whole library')]);
    return download;
  }

  /** The download mark on a row ("Not downloaded yet", "Download failed"). */
  mark(row: Locator): Locator {
    return row.getByTestId('download-mark');
  }
}
