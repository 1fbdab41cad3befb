// Searching the library: operators ("a phrase", -word, site:, is:unread), a hint for what the parser did not
// understand, the matched passage under each result, opening a body match at its passage (in view and
// marked, the saved place kept), and saving a search. Screenshots of results in light and dark.
import { test, expect } from '../support/fixtures.ts';
import type { LibraryPage } from '../pages/library-page.ts';
import type { ReaderPage } from '../pages/reader-page.ts';
import { contrast } from '../support/contrast.ts';

// 12 generated articles bring sites (one from LWN.net); the three below bring words to look for.
test.use({ seed: { count: 12, words: 120 }, viewport: { width: 1200, height: 820 } });

const filler = (n: number) =>
  `Paragraph ${n} walks along the bank and says nothing in particular about the water, the light or the mud, at some length, so the page grows long.`;

/** A long article whose one unusual word sits deep in the text, far below the first screen. */
function riverNotes(): string {
  const paragraphs = Array.from({ length: 44 }, (_, i) => filler(i + 1));
  paragraphs[6] = 'In the evening the town is a quiet harbour for boats and for the people who mend them.';
  paragraphs[35] = 'At dawn the heron waited by the weir, still as a post, until the first fish came through.';
  return paragraphs.join('\n\n');
}

async function importArticles(reader: ReaderPage): Promise<Record<string, string>> {
  return {
    river: await reader.importMarkdown(riverNotes(), 'River notes'),
    harbour: await reader.importMarkdown('Harbour quiet, for once: the ferries have stopped and the gulls have the quay to themselves.', 'Harbour days'),
    mill: await reader.importMarkdown('The old mill race is dry now; the weir upstream was taken down in the spring.', 'Mill walk'),
  };
}

async function titles(library: LibraryPage): Promise<string[]> {
  await expect(library.rows.first().or(library.emptyState)).toBeVisible();
  return library.visibleTitles();
}

test('operators narrow the search, and each result shows its passage with the words marked', async ({ shell, library, reader }) => {
  const ids = await importArticles(reader);
  await expect(library.row('Mill walk')).toBeVisible();

  await library.search('"quiet harbour"');
  await expect.poll(() => titles(library)).toEqual(['River notes']);
  await expect.poll(async () => (await library.snippet('River notes').locator('mark').allTextContents()).join(' ')).toBe('quiet harbour');

  await library.search('quiet harbour');
  await expect.poll(async () => (await titles(library)).toSorted()).toEqual(['Harbour days', 'River notes']);

  await library.search('weir -heron');
  await expect.poll(() => titles(library)).toEqual(['Mill walk']);

  await library.search('site:lwn.net');
  // Polled on the title itself: the previous search also showed one row, so a count alone could pass too early.
  await expect.poll(() => titles(library)).toEqual([expect.stringMatching(/\(7\)$/)]); // the seventh generated article is LWN.net's

  // Half-read, River notes is no longer unread.
  await library.invoke('progress.save', { id: ids.river, fraction: 0.4, anchor: { block: 10, offset: 0 } });
  await library.search('harbour is:unread');
  await expect.poll(() => titles(library)).toEqual(['Harbour days']);

  // While searching, the sort offers Best match and uses it; clearing returns to the library's own sort.
  const sort = shell.page.getByRole('combobox', { name: 'Sort' });
  await expect(sort).toHaveValue('relevance');
  await library.press('Escape');
  await expect(library.filterBox).toHaveValue('');
  await expect(sort).toHaveValue('saved');
  await expect(sort.locator('option[value="relevance"]')).toHaveCount(0);
});

test('an unknown operator is searched as words, with a quiet hint', async ({ library, reader }) => {
  await importArticles(reader);
  await library.search('walks:along heron');
  await expect(library.searchNotes).toContainText('walks:');
  await expect.poll(() => titles(library)).toEqual(['River notes']); // results, never an error
  await library.filterBox.fill('weir');
  await expect(library.searchNotes).toBeEmpty();
});

test('a body match opens at its passage, marked, and the saved place is kept until you read on', async ({ shell, library, reader }) => {
  const ids = await importArticles(reader);
  await library.search('heron');
  await expect.poll(() => titles(library)).toEqual(['River notes']);
  await expect(library.snippet('River notes')).toContainText('heron');
  await expect(library.snippet('River notes').locator('mark')).toHaveText('heron');

  await shell.page.keyboard.press('Enter'); // from the box: opens the first result
  await reader.waitReady();
  const hit = reader.frame().getByTestId('search-hit');
  await expect(hit.first()).toBeVisible();
  await expect(hit.first()).toHaveText(/heron/);
  const inView = await shell.page.evaluate(() => {
    const frame = document.querySelector<HTMLIFrameElement>('iframe.reader-frame')!;
    const mark = frame.contentDocument!.querySelector('mark.lectern-search-hit')!.getBoundingClientRect();
    return mark.top > 40 && mark.bottom < frame.contentWindow!.innerHeight;
  });
  expect(inView).toBe(true);
  const scrolled = await shell.page.evaluate(() => document.querySelector<HTMLIFrameElement>('iframe.reader-frame')!.contentWindow!.scrollY);
  expect(scrolled).toBeGreaterThan(400);

  // Readable in every theme: the page's own text on the mark keeps AAA contrast.
  for (const theme of ['Light', 'Sepia', 'Dark'] as const) {
    await reader.openAppearance();
    await reader.chooseTheme(theme);
    await shell.page.keyboard.press('Escape');
    await expect.poll(async () => (await reader.articleStyle()).theme).toBe(theme.toLowerCase());
    const { fg, bg } = await shell.page.evaluate(() => {
      const doc = document.querySelector<HTMLIFrameElement>('iframe.reader-frame')!.contentDocument!;
      const style = doc.defaultView!.getComputedStyle(doc.querySelector('mark.lectern-search-hit')!);
      return { fg: style.color, bg: style.backgroundColor };
    });
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(7);
    await reader.screenshot(`search-hit-reader-${theme.toLowerCase()}`);
  }
  await reader.openAppearance();
  await reader.chooseTheme('System');
  await shell.page.keyboard.press('Escape');

  // Esc clears the mark first and stays; the next Esc leaves. Only looking, the saved place did not move.
  await expect(hit).not.toHaveCount(0);
  await reader.frame().locator('body').press('Escape');
  await expect(hit).toHaveCount(0);
  await expect(reader.root).toBeVisible();
  await reader.frame().locator('body').press('Escape');
  await library.waitReady();
  const kept = (await library.invoke('articles.get', { id: ids.river })) as { progress: { fraction: number } | null };
  expect(kept.progress?.fraction ?? 0).toBe(0);

  // Opened again from the same result and read on from the passage: that becomes the place.
  await library.search('heron');
  await library.row('River notes').locator('.row-open').click();
  await reader.waitReady();
  await expect(hit.first()).toBeVisible();
  await reader.press('j');
  await reader.press('j');
  await reader.waitPositionSaved();
  const moved = (await library.invoke('articles.get', { id: ids.river })) as { progress: { fraction: number } | null };
  expect(moved.progress?.fraction ?? 0).toBeGreaterThan(0.5);
});

test('a search can be saved under a name', async ({ shell, library, reader }) => {
  await importArticles(reader);
  await library.search('weir');
  await shell.page.getByRole('button', { name: 'Save search' }).click();
  const dialog = shell.page.getByRole('dialog', { name: 'Save search' });
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('weir');
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Weirs and mills');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(library.toasts.first()).toContainText('Saved “Weirs and mills”');
  const saved = (await library.invoke('savedSearches.list', {})) as { name: string; query: string; count: number }[];
  expect(saved.map((s) => [s.name, s.query, s.count])).toEqual([['Weirs and mills', 'weir', 2]]);
});

test('search results in light and dark', async ({ shell, library, reader }) => {
  await importArticles(reader);
  await reader.importMarkdown('A note on the weir at Iffley, where the river is quiet and the towpath narrow.', 'Iffley lock');
  await library.search('weir');
  await expect.poll(async () => (await titles(library)).length).toBe(3);
  await library.screenshot('search-results-light');
  await shell.page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => shell.page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  await library.screenshot('search-results-dark');
  await library.filterBox.fill('walks:along weir');
  await expect(library.searchNotes).not.toBeEmpty();
  await library.screenshot('search-hint-dark');
  await library.filterBox.fill('');
  await library.filterBox.focus();
  await library.screenshot('search-tips-dark');
});
