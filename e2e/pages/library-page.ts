/**
 * The library as a spec sees it: rows, the filter box, filters, keys, imports through the real file input,
 * toasts with Undo, and the full-page states. Everything goes through the real renderer and core.
 */
import { expect, type Locator } from '@playwright/test';
import { AppPage } from './app-page.ts';

interface FileToImport {
  name: string;
  content: string | Buffer;
  mimeType?: string;
}

export class LibraryPage extends AppPage {
  get rows(): Locator {
    return this.page.getByTestId('article-row');
  }

  row(title: string | RegExp): Locator {
    return this.rows.filter({ has: this.page.locator('.row-title', { hasText: title }) });
  }

  get emptyState(): Locator {
    return this.page.getByTestId('empty-state');
  }

  get count(): Locator {
    return this.page.getByTestId('article-count');
  }

  get filterBox(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search articles' });
  }

  get toasts(): Locator {
    return this.page.getByTestId('toast');
  }

  get importProgress(): Locator {
    return this.page.getByTestId('import-progress');
  }

  get importFailures(): Locator {
    return this.page.getByTestId('import-failures');
  }

  /** Waits for the library (not a status page) with its first answer from core: rows or an empty state. */
  async waitReady(): Promise<void> {
    await expect(this.page.locator('.library')).toBeVisible();
    await expect(this.rows.first().or(this.emptyState)).toBeVisible();
  }

  /** Titles of the rows drawn right now, top to bottom. */
  async visibleTitles(): Promise<string[]> {
    return this.page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-testid="article-row"]')]
        .sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index))
        .map((row) => row.querySelector('.row-title')?.textContent ?? ''),
    );
  }

  /** Chooses files in the app's own file input, as the Ctrl+O dialog would. */
  async importFiles(files: FileToImport[]): Promise<void> {
    await this.page.getByTestId('import-file-input').setInputFiles(
      files.map((f) => ({
        name: f.name,
        mimeType: f.mimeType ?? 'text/plain',
        buffer: typeof f.content === 'string' ? Buffer.from(f.content) : f.content,
      })),
    );
  }

  async filter(text: string): Promise<void> {
    await this.page.locator('body').press('/');
    await expect(this.filterBox).toBeFocused();
    await this.filterBox.fill(text);
  }

  async showFilter(label: string): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Library filters' }).getByRole('button', { name: label, exact: true }).click();
  }

  /** The row that has keyboard focus (the selection follows it). */
  focusedRow(): Locator {
    return this.page.locator('[data-testid="article-row"]:focus-within');
  }

  async clickToastAction(label: string): Promise<void> {
    await this.toasts.getByRole('button', { name: label }).first().click();
  }
}
