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

  /** The quiet line under the search box: hints about the query, the index being built. */
  get searchNotes(): Locator {
    return this.page.getByTestId('search-notes');
  }

  /** The passage a search found, shown under a result's title. */
  snippet(title: string | RegExp): Locator {
    return this.row(title).locator('.row-snippet');
  }

  /** Types a search as a person would (from `/`) and waits until the list answers it. */
  async search(text: string): Promise<void> {
    await this.filter(text);
    await expect(this.count).toContainText('found');
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

  /** Switches the theme from the command palette, as a reader would, and waits for the colours to settle. */
  async useTheme(label: 'Light' | 'Sepia' | 'Dark'): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+K');
    await this.page.keyboard.type(`Theme: ${label}`);
    await this.page.keyboard.press('Enter');
    await expect(this.page.locator(`html[data-theme="${label.toLowerCase()}"]`)).toHaveCount(1);
    await this.page.waitForTimeout(400); // the colour transition, before a picture
  }

  /** The sidebar: saved searches and tags. */
  get sidebar(): Locator {
    return this.page.getByRole('navigation', { name: 'Saved searches and tags' });
  }

  /** A tag in the sidebar, by its exact name. */
  sidebarTag(name: string): Locator {
    return this.page.getByTestId('sidebar-tag').filter({ has: this.page.locator('.side-item-name', { hasText: new RegExp(`^${escapeRegExp(name)}$`) }) });
  }

  /** A saved search in the sidebar, by its exact name. */
  savedSearch(name: string): Locator {
    return this.page.getByTestId('saved-search').filter({ has: this.page.locator('.side-item-name', { hasText: new RegExp(`^${escapeRegExp(name)}$`) }) });
  }

  /** Names of the saved searches, top to bottom. */
  async savedSearchNames(): Promise<string[]> {
    return this.page.getByTestId('saved-search').locator('.side-item-name').allTextContents();
  }

  /** Opens a sidebar item's menu and picks an action (or a colour) from it. */
  async sidebarAction(item: Locator, action: string): Promise<void> {
    await item.hover();
    await item.getByRole('button', { name: /^Actions for/ }).click();
    const menu = this.page.getByRole('menu');
    await menu.getByRole('menuitem', { name: action, exact: true }).or(menu.getByRole('menuitemradio', { name: action, exact: true })).click();
  }

  get tagPicker(): Locator {
    return this.page.getByRole('dialog', { name: /^(Tag|Remove tags from) / });
  }

  /** Presses t on the cursor's article (or the selection), types each tag and Enter, then Enter again to save. */
  async tagWithKeyboard(tags: string[]): Promise<void> {
    await this.press('t');
    await expect(this.tagPicker).toBeVisible();
    for (const tag of tags) {
      await this.page.keyboard.type(tag);
      await this.page.keyboard.press('Enter');
    }
    await this.page.keyboard.press('Enter');
    await expect(this.tagPicker).toHaveCount(0);
  }

  /** The tags shown on a row. */
  rowTags(row: Locator): Locator {
    return row.getByTestId('row-tag');
  }

  get bulkBar(): Locator {
    return this.page.getByRole('toolbar', { name: 'Selected articles' });
  }

  /** The polite live region that says how many articles are selected. */
  get selectionStatus(): Locator {
    return this.page.getByTestId('selection-status');
  }

  /** The row the keyboard cursor is on (j/k move it). */
  get cursorRow(): Locator {
    return this.page.locator('[data-testid="article-row"].is-selected');
  }

  /**
   * Moves the cursor one row down with j and makes sure it moved: a j pressed while a closing picker still
   * hands focus back is lost (1 run in 3 on a loaded machine), so it is pressed again then.
   */
  async cursorDown(): Promise<void> {
    const before = (await this.cursorRow.locator('.row-title').textContent()) ?? '';
    await this.press('j');
    await expect(async () => {
      if ((await this.cursorRow.locator('.row-title').textContent()) === before) await this.press('j');
      await expect(this.cursorRow.locator('.row-title')).not.toHaveText(before, { timeout: 1000 });
    }).toPass();
  }

  /** Titles of the rows drawn as selected (in the multi-selection), top to bottom. */
  async checkedTitles(): Promise<string[]> {
    return this.page.locator('[data-testid="article-row"].is-checked .row-title').allTextContents();
  }

  async clickToastAction(label: string): Promise<void> {
    await this.toasts.getByRole('button', { name: label }).first().click();
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
