// When an article's text changes so much that a highlight's words are gone, the highlight is not dropped: the
// panel lists it apart, with its quote and note, and the others are still painted where their words are.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from '../support/fixtures.ts';

test.use({ viewport: { width: 1280, height: 820 } });

test('orphaned highlights are listed with their quote and note; j/k step through the placed ones', async ({ shell, reader, highlights: hl }) => {
  const text = [
    'The council met on Tuesday to discuss the new bridge over the river.',
    'A surveyor explained that the old piers were sinking by a centimetre a year.',
    'Nobody objected, and the vote was taken before the tea had gone cold.',
  ].join('\n\n');
  const id = await reader.importMarkdown(text, 'Council minutes');
  await reader.open(id);
  await hl.select('the old piers were sinking');
  await reader.press('n');
  await hl.editor.getByRole('textbox', { name: /note on this highlight/i }).fill('Check the survey.');
  await shell.page.keyboard.press('Escape');
  await hl.select('The council met on Tuesday');
  await hl.highlightWith('blue');
  await hl.select('before the tea had gone cold');
  await hl.highlightWith('green');
  await expect.poll(async () => ((await reader.invoke('highlights.list', { articleId: id })) as { note: string }[]).some((h) => h.note === 'Check the survey.')).toBe(true);

  // The second paragraph is rewritten from scratch (a re-import of a changed page would do the same).
  const bodyPath = join(shell.dataDir, 'articles', id, 'body.html');
  const body = await readFile(bodyPath, 'utf8');
  await writeFile(bodyPath, body.replace(/A surveyor explained[^<]*/, 'Engineers will report in the spring.'));
  await shell.restart();
  await reader.waitReady();
  await expect.poll(async () => (await hl.painted()).map((m) => m.text)).toEqual(['The council met on Tuesday', 'before the tea had gone cold']);

  await reader.press('n');
  const orphans = shell.page.locator('.hl-orphans');
  await expect(orphans.getByRole('heading', { name: "Couldn't find this passage any more" })).toBeVisible();
  await expect(orphans.locator('.hl-item')).toHaveCount(1);
  await expect(orphans).toContainText('the old piers were sinking');
  await expect(orphans).toContainText('Check the survey.');
  await reader.screenshot('highlights-orphans');

  // j/k in the list move between the placed highlights and reveal each in the article.
  const items = hl.section.locator('.hl-list').first().locator('.hl-item-main');
  await items.first().focus();
  await shell.page.keyboard.press('j');
  await expect(items.nth(1)).toBeFocused();
  await expect
    .poll(() => shell.page.evaluate(() => document.querySelector<HTMLIFrameElement>('iframe.reader-frame')!.contentDocument!.querySelectorAll('mark.lectern-hl-flash').length))
    .toBeGreaterThan(0);
  await shell.page.keyboard.press('k');
  await expect(items.first()).toBeFocused();
});
