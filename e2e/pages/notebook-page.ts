/**
 * The notebook as a spec sees it: open it from the library, filter it, read its groups and entries, and jump
 * from an entry to its article. Also makes highlights through core for the open article's text.
 */
import { expect, type Locator } from '@playwright/test';
import { AppPage } from './app-page.ts';

export class NotebookPage extends AppPage {
  get root(): Locator {
    return this.page.locator('.notebook');
  }

  get search(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search highlights and notes' });
  }

  entries(): Locator {
    return this.page.locator('.nb-item');
  }

  groupTitles(): Locator {
    return this.page.locator('.nb-group-title');
  }

  async openFromLibrary(): Promise<void> {
    await this.page.getByRole('button', { name: 'Notebook' }).click();
    await expect(this.root).toBeVisible();
  }

  /**
   * Highlights the nth occurrence of `phrase` in the article that is open in the reader, through core (as the
   * toolbar would), and returns its id.
   */
  async highlightInOpenArticle(articleId: string, phrase: string, options: { color?: string; note?: string; tags?: string[]; occurrence?: number } = {}): Promise<string> {
    const start = await this.page.evaluate(
      ([p, n]) => {
        const doc = document.querySelector<HTMLIFrameElement>('iframe.reader-frame')!.contentDocument!;
        const text = doc.getElementById('article-body')!.textContent ?? '';
        let at = -1;
        for (let i = 0; i <= (n as number); i++) at = text.indexOf(p as string, at + 1);
        return at;
      },
      [phrase, options.occurrence ?? 0] as const,
    );
    if (start < 0) throw new Error(`not in the article: ${phrase}`);
    const created = (await this.invoke('highlights.create', {
      articleId,
      start,
      end: start + phrase.length,
      color: options.color ?? 'yellow',
      ...(options.note !== undefined && { note: options.note }),
      ...(options.tags !== undefined && { tags: options.tags }),
    })) as { id: string };
    return created.id;
  }
}
