/**
 * `npm run bench:huge [-- --mb 45]`: a whole book as one article, in Chromium through the browser shell. Prints one
 * JSON line: the import, the first screen when it opens at the top, the whole text in, a font change, the End key,
 * and reopening at a place 60% in (shown, then the whole text in, and whether the line on show stayed the same).
 * Times on the page are the page's own clock, from its navigation start, not Playwright's polling.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createCore } from '../../core/create-core.ts';
import { launchBrowserShell } from '../../../e2e/support/browser-shell.ts';
import { HUGE_BOOK_LAST_PARAGRAPH, hugeBook } from '../../../e2e/support/huge-book.ts';

const megabytes = Number(process.argv[process.argv.indexOf('--mb') + 1] ?? 45) || 45;
const dataDir = await mkdtemp(join(tmpdir(), 'lectern-bench-huge-'));

const text = hugeBook(megabytes);
const core = await createCore({ dataDir, rendererDir: '', owner: 'the huge-article benchmark' });
const importStarted = performance.now();
const imported = await core.dispatch('articles.importText', { text, format: 'text', title: 'A Book Too Long To Print' });
const importMs = performance.now() - importStarted;
if (!imported.ok) throw new Error(`import failed: ${imported.message}`);
const { id, wordCount } = imported.value;
await core.close();

/** When the reader was first shown and when it was complete, on the page's clock, and the line on show at each. */
interface Moments {
  shownAt: number;
  completeAt: number;
  lineWhenShown: string | null;
  lineWhenComplete: string | null;
  stillLoadingWhenShown: boolean;
}

// Watches the reader from the page's first script: the moment it is shown (data-ready) and complete (data-complete).
function watchReader(): void {
  const found = (window as unknown as { readerMoments: Record<string, unknown> }).readerMoments = {} as Record<string, unknown>;
  const frameDoc = () => document.querySelector<HTMLIFrameElement>('iframe.reader-frame')?.contentDocument ?? null;
  const lineOnShow = (doc: Document) => doc.elementFromPoint(320, 120)?.closest('p, h2')?.textContent?.slice(0, 24) ?? null;
  new MutationObserver(() => {
    const doc = frameDoc();
    if (!doc) return;
    if (found.shownAt === undefined && document.querySelector('.reader[data-ready="true"]')) {
      found.shownAt = performance.now();
      found.stillLoadingWhenShown = doc.readyState !== 'complete';
      requestAnimationFrame(() => (found.lineWhenShown = lineOnShow(doc)));
    }
    if (found.completeAt === undefined && document.querySelector('.reader[data-complete="true"]')) {
      found.completeAt = performance.now();
      requestAnimationFrame(() => requestAnimationFrame(() => (found.lineWhenComplete = lineOnShow(doc))));
    }
  }).observe(document, { subtree: true, attributes: true, childList: true });
}

async function openAndWatch(page: Page): Promise<Moments> {
  await page.reload();
  await page.waitForSelector('.reader[data-complete="true"]', { timeout: 600_000 });
  await page.waitForFunction(() => (window as unknown as { readerMoments: { lineWhenComplete?: unknown } }).readerMoments.lineWhenComplete !== undefined);
  return page.evaluate(() => (window as unknown as { readerMoments: Moments }).readerMoments);
}

/** Milliseconds from now until `changed` holds in a frame of the page. */
async function timeUntil(page: Page, act: () => Promise<void>, changed: () => boolean): Promise<number> {
  const started = Date.now();
  await act();
  await page.waitForFunction(changed, null, { polling: 'raf', timeout: 600_000 });
  return Date.now() - started;
}

const shell = await launchBrowserShell({ dataDir, viewport: { width: 1200, height: 820 } });
try {
  const page = shell.page;
  const invoke = (method: string, input: unknown) => page.evaluate(([m, i]) => (window as unknown as { lectern: { invoke(m: string, i: unknown): Promise<unknown> } }).lectern.invoke(m, i), [method, input] as const);
  await page.addInitScript(watchReader);
  await invoke('settings.update', { lastOpenArticleId: id, fontSize: 20 });

  const atTop = await openAndWatch(page);
  // Page functions are sent as source, so each finds the article's document itself.
  const fontChangeMs = await timeUntil(
    page,
    () => page.keyboard.press('='),
    () => getComputedStyle(document.querySelector<HTMLIFrameElement>('iframe.reader-frame')!.contentDocument!.querySelector('#article-body p')!).fontSize === '22px',
  );
  const endKeyMs = await timeUntil(
    page,
    () => page.keyboard.press('Shift+G'),
    () => {
      const doc = document.querySelector<HTMLIFrameElement>('iframe.reader-frame')!.contentDocument!;
      const rect = [...doc.querySelectorAll('#article-body p')].at(-1)!.getBoundingClientRect();
      return rect.height > 0 && rect.top >= 0 && rect.bottom <= doc.defaultView!.innerHeight;
    },
  );
  const lastShown = await page.evaluate(() => [...document.querySelector<HTMLIFrameElement>('iframe.reader-frame')!.contentDocument!.querySelectorAll('#article-body p')].at(-1)!.textContent);

  // A place 60% in, as the reader saves one: the block's index among the body's blocks.
  const blocks = await page.evaluate(() => document.querySelector<HTMLIFrameElement>('iframe.reader-frame')!.contentDocument!.querySelectorAll('#article-body p, #article-body h2').length);
  const block = Math.floor(blocks * 0.6);
  await invoke('progress.save', { id, fraction: 0.6, anchor: { block, offset: 0 } });
  const atPlace = await openAndWatch(page);

  const round = (ms: number) => Math.round(ms);
  console.log(
    JSON.stringify({
      benchmark: 'huge-article',
      megabytes,
      words: wordCount,
      importMs: round(importMs),
      firstScreenMs: round(atTop.shownAt),
      shownBeforeWholeText: atTop.stillLoadingWhenShown,
      wholeTextMs: round(atTop.completeAt),
      fontChangeMs,
      endKeyMs,
      endReached: lastShown === HUGE_BOOK_LAST_PARAGRAPH,
      reopenAt60PercentShownMs: round(atPlace.shownAt),
      reopenAt60PercentWholeTextMs: round(atPlace.completeAt),
      sameLineShownAndComplete: atPlace.lineWhenShown !== null && atPlace.lineWhenShown === atPlace.lineWhenComplete,
      lineShown: atPlace.lineWhenShown,
    }),
  );
} finally {
  await shell.close();
  await rm(dataDir, { recursive: true, force: true });
}
