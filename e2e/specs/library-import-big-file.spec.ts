// A big file (an 8 MB web page of many paragraphs: several seconds of work) imported through the file input: after a moment the import
// bar shows the file's name and the phase it is in, moves on to finding the article while core works (its
// events get out between phases), the window answers keys meanwhile, and the article lands. Screenshots of the
// bar in light and dark.
import { test, expect } from '../support/fixtures.ts';

test.use({ viewport: { width: 1200, height: 820 } });

const PHASES = /Reading the file|Decoding the text|Finding the article and cleaning it|Saving it to your library/;

/** A long book as one web page: chapters of paragraphs, about `megabytes` MB. */
function bigPage(megabytes: number): Buffer {
  const words = 'river stone morning light harbour window garden letter winter silence distance measure bridge'.split(' ');
  const parts = ['<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A very long book</title></head><body>'];
  parts.push('<nav><a href="/">Home</a> <a href="/about">About</a></nav><article><h1>A very long book</h1>');
  let size = 0;
  for (let i = 0; size < megabytes * 1024 * 1024; i++) {
    const sentence = Array.from({ length: 60 }, (_, k) => words[(i * 7 + k * 3) % words.length]).join(' ');
    const block = i % 40 === 0 ? `<h2>Chapter ${i / 40 + 1}</h2>\n` : `<p>${sentence}. <em>${i}</em></p>\n`;
    parts.push(block);
    size += block.length;
  }
  parts.push('</article><footer>The press</footer></body></html>');
  return Buffer.from(parts.join(''));
}

test('a big file shows its progress by name and phase, and lands as an article', async ({ shell, library }) => {
  // Finding the article in 8 MB takes a while, longer on a busy machine; only a hang should fail this.
  test.setTimeout(480_000);
  const page = shell.page;
  await library.importFiles([{ name: 'a-very-long-book.html', content: bigPage(8), mimeType: 'text/html' }]);

  await expect(library.importProgress).toBeVisible({ timeout: 20_000 });
  await expect(library.importProgress).toContainText('a-very-long-book.html');
  await expect(library.importProgress).toContainText(PHASES);

  // Core reports the long phase while it is in it, not only when the whole import is over.
  await expect(library.importProgress).toContainText('Finding the article and cleaning it', { timeout: 180_000 });
  await expect(page.getByTestId('import-progress-working')).toBeVisible();
  await library.screenshot('library-import-big-file-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  await library.screenshot('library-import-big-file-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // The window is its own: a key the renderer handles alone still works while core is busy.
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0);

  await expect(library.row('A very long book')).toBeVisible({ timeout: 400_000 });
  await expect(library.toasts.first()).toContainText('Added “A very long book”');
  await expect(library.importProgress).toHaveCount(0);
});
