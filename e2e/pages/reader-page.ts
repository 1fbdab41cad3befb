/**
 * The reader, as a spec sees it: open an article, scroll, change typography, write a note, and ask which
 * sentence sits at the top of the viewport. Everything goes through the real renderer and core.
 */
import { expect, type FrameLocator } from '@playwright/test';
import { AppPage } from './app-page.ts';
import { sampleArticleMarkdown } from './reader-sample-article.ts';

/** What is at the top of the article viewport: the block's opening words and the first visible line's start. */
interface TopOfView {
  block: string;
  line: string;
  scrollY: number;
}

export class ReaderPage extends AppPage {
  /** Imports Markdown through core (as a paste would) and returns the new article's id. */
  async importMarkdown(markdown: string, title: string): Promise<string> {
    const article = (await this.invoke('articles.importText', { text: markdown, format: 'markdown', title })) as { id: string };
    return article.id;
  }

  /** Imports the long sample article and returns its id and title. */
  async importSample(): Promise<{ id: string; title: string }> {
    const sample = sampleArticleMarkdown();
    return { id: await this.importMarkdown(sample.markdown, sample.title), title: sample.title };
  }

  /** Opens an article the way Lectern reopens the last one: remembered in settings, then a fresh load. */
  async open(id: string): Promise<void> {
    await this.invoke('settings.update', { lastOpenArticleId: id });
    await this.page.reload();
    await this.waitReady();
  }

  /** Waits until the article is shown and its saved position restored (fonts included). */
  async waitReady(): Promise<void> {
    // Opening includes the app's boot after a reload or restart; on a loaded two-core machine that can take a while.
    await expect(this.page.locator('.reader[data-ready="true"]')).toBeVisible({ timeout: 25_000 });
    await this.page.evaluate(async () => {
      const frame = document.querySelector<HTMLIFrameElement>('iframe.reader-frame');
      await frame?.contentDocument?.fonts.ready;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    });
  }

  frame(): FrameLocator {
    return this.page.frameLocator('iframe.reader-frame');
  }

  get root() {
    return this.page.locator('.reader');
  }

  /** Scrolls the article to a fraction of its length, as a reader dragging the scrollbar would. */
  async scrollTo(fraction: number): Promise<void> {
    await this.page.evaluate((f) => {
      const win = document.querySelector<HTMLIFrameElement>('iframe.reader-frame')!.contentWindow!;
      const doc = win.document.documentElement;
      win.scrollTo({ top: Math.round((doc.scrollHeight - win.innerHeight) * f), behavior: 'instant' });
    }, fraction);
  }

  /** Waits until the reading position has reached core. */
  async waitPositionSaved(): Promise<void> {
    await expect(this.root).toHaveAttribute('data-save-state', 'saved');
  }

  async topOfView(): Promise<TopOfView> {
    return this.page.evaluate(() => {
      const frame = document.querySelector<HTMLIFrameElement>('iframe.reader-frame')!;
      const doc = frame.contentDocument!;
      const body = doc.getElementById('article-body')!;
      const left = body.getBoundingClientRect().left;
      // The reader puts the anchored line's glyphs 64px below the top (under its bar); sample just inside them.
      for (let y = 67; y < 260; y += 4) {
        const caret = doc.caretPositionFromPoint(left + 2, y);
        const node = caret?.offsetNode;
        if (!node || node.nodeType !== Node.TEXT_NODE) continue;
        const block = (node.parentElement as Element).closest('p, li, h1, h2, h3, h4, h5, h6, pre, blockquote, td');
        if (!block) continue;
        const line = (node.nodeValue ?? '').slice(caret!.offset, caret!.offset + 40);
        return { block: (block.textContent ?? '').slice(0, 14), line, scrollY: frame.contentWindow!.scrollY };
      }
      return { block: '', line: '', scrollY: frame.contentWindow!.scrollY };
    });
  }

  /** The article root's computed colours and typography, as the reader applied them. */
  async articleStyle(): Promise<{ background: string; color: string; fontSize: string; fontFamily: string; theme: string }> {
    return this.page.evaluate(() => {
      const doc = document.querySelector<HTMLIFrameElement>('iframe.reader-frame')!.contentDocument!;
      const style = doc.defaultView!.getComputedStyle(doc.documentElement);
      const p = doc.querySelector('#article-body p')!;
      const pStyle = doc.defaultView!.getComputedStyle(p);
      return {
        background: style.backgroundColor,
        color: pStyle.color,
        fontSize: pStyle.fontSize,
        fontFamily: pStyle.fontFamily,
        theme: doc.documentElement.dataset.theme ?? '',
      };
    });
  }

  async openAppearance(): Promise<void> {
    await this.page.mouse.move(400, 30);
    await this.page.getByRole('button', { name: 'Theme and typography' }).click();
    await expect(this.page.getByRole('dialog', { name: 'Theme and typography' })).toBeVisible();
  }

  async chooseTheme(name: 'Light' | 'Sepia' | 'Dark' | 'System'): Promise<void> {
    await this.page.getByRole('radio', { name }).click();
  }

  noteEditor() {
    return this.page.getByRole('textbox', { name: /your note/i });
  }

  async openNotes(): Promise<void> {
    if ((await this.noteEditor().count()) === 0) await this.press('n');
    await expect(this.noteEditor()).toBeFocused();
  }

  async writeNote(text: string): Promise<void> {
    await this.openNotes();
    await this.noteEditor().fill(text);
    await expect(this.page.locator('.save-status')).toHaveText('Saved');
  }
}
