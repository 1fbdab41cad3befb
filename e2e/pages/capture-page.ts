/**
 * Saving from the web as a spec sees it: the Add URL field, the progress bar, the waiting links above
 * the list, and pasting links. Everything goes through the real renderer and core.
 */
import { expect, type Locator } from '@playwright/test';
import { AppPage } from './app-page.ts';

export class CapturePage extends AppPage {
  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Save from the web' });
  }

  get field(): Locator {
    return this.dialog.getByRole('textbox');
  }

  get progress(): Locator {
    return this.page.getByTestId('capture-progress');
  }

  get pendingSection(): Locator {
    return this.page.getByTestId('pending-links');
  }

  get pendingRows(): Locator {
    return this.page.getByTestId('pending-link');
  }

  pendingRow(text: string | RegExp): Locator {
    return this.pendingRows.filter({ hasText: text });
  }

  /** Opens the field with Ctrl/Cmd+L, types the links (one per line) and presses Enter. */
  async addUrls(urls: string[]): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+L');
    await expect(this.field).toBeFocused();
    await this.field.fill(urls.join('\n'));
    await this.field.press('Enter');
    await expect(this.dialog).toHaveCount(0);
  }

  /** Pastes text into the library (nothing focused), as Ctrl+V with that text on the clipboard would. */
  async paste(plain: string, html = ''): Promise<void> {
    await this.page.evaluate(
      ([text, markup]) => {
        (document.activeElement as HTMLElement | null)?.blur?.();
        const data = new DataTransfer();
        data.setData('text/plain', text!);
        if (markup) data.setData('text/html', markup);
        document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      },
      [plain, html] as const,
    );
  }
}
