/**
 * Highlights as a spec sees them: select words in the article (by text, or with a real mouse drag), use the
 * toolbar and the popover, and read back which words are painted. Works with ReaderPage for the rest.
 */
import { expect, type Locator } from '@playwright/test';
import { AppPage } from './app-page.ts';

interface PaintedMark {
  id: string;
  color: string;
  text: string;
}

export class HighlightsPage extends AppPage {
  get toolbar(): Locator {
    return this.page.getByRole('toolbar', { name: 'Highlight the selection' });
  }

  get editor(): Locator {
    return this.page.getByRole('dialog', { name: 'Highlight' });
  }

  get section(): Locator {
    return this.page.locator('.hl-section');
  }

  /** Selects the nth occurrence of `from` … through the end of `to` in the article body (programmatically). */
  async select(from: string, to: string = from, occurrence = 0): Promise<void> {
    await this.page.evaluate(
      ([a, b, n]) => {
        const doc = document.querySelector<HTMLIFrameElement>('iframe.reader-frame')!.contentDocument!;
        const body = doc.getElementById('article-body')!;
        const text = body.textContent ?? '';
        let start = -1;
        for (let i = 0; i <= (n as number); i++) start = text.indexOf(a as string, start + 1);
        const end = text.indexOf(b as string, start) + (b as string).length;
        if (start < 0 || end < start) throw new Error(`not in the article: ${a} … ${b}`);
        const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT);
        const range = doc.createRange();
        let offset = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = (node as Text).data.length;
          if (start >= offset && start < offset + length) range.setStart(node, start - offset);
          if (end > offset && end <= offset + length) range.setEnd(node, end - offset);
          offset += length;
        }
        const target = range.startContainer.parentElement!;
        target.scrollIntoView({ block: 'center', behavior: 'instant' });
        const selection = doc.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        doc.defaultView!.focus();
      },
      [from, to, occurrence] as const,
    );
    await expect(this.toolbar).toBeVisible();
  }

  /** Every painted highlight: its id, colour and the words it covers (marks joined in document order). */
  async painted(): Promise<PaintedMark[]> {
    return this.page.evaluate(() => {
      const doc = document.querySelector<HTMLIFrameElement>('iframe.reader-frame')!.contentDocument!;
      const byId = new Map<string, { color: string; text: string }>();
      for (const mark of doc.querySelectorAll<HTMLElement>('mark.lectern-hl')) {
        const id = mark.dataset.hl!;
        const entry = byId.get(id) ?? { color: mark.dataset.color!, text: '' };
        // Nested marks of other highlights are inside this one's text; only its own text nodes count once.
        entry.text += mark.textContent ?? '';
        byId.set(id, entry);
      }
      return [...byId].map(([id, v]) => ({ id, ...v }));
    });
  }

  async highlightWith(color: 'yellow' | 'green' | 'blue' | 'pink' | 'purple'): Promise<void> {
    const before = (await this.painted()).length;
    await this.toolbar.getByRole('button', { name: `Highlight ${color}` }).click();
    await expect.poll(async () => (await this.painted()).length).toBe(before + 1);
  }

  /** Clicks the first painted line of a highlight, as a reader would. */
  async clickHighlight(id: string): Promise<void> {
    await this.page.frameLocator('iframe.reader-frame').locator(`mark[data-hl="${id}"]`).first().click();
    await expect(this.editor).toBeVisible();
  }
}
