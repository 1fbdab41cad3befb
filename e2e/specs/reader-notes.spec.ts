// The note beside the article: Markdown with a live, sanitized preview, saved as you type and kept across restarts.
import { test, expect } from '../support/fixtures.ts';

test.use({ viewport: { width: 1280, height: 820 } });

test('a note is previewed, saved while typing and still there after a restart', async ({ shell, reader }) => {
  const { id } = await reader.importSample();
  await reader.open(id);
  await reader.writeNote('Anchors beat **percentages**.\n\n- keep the sentence\n- not the pixel');
  const preview = shell.page.locator('.note-preview');
  await expect(preview.locator('strong')).toHaveText('percentages');
  await expect(preview.locator('li')).toHaveCount(2);

  await shell.restart();
  await reader.waitReady();
  await expect(reader.noteEditor()).toHaveValue(/Anchors beat \*\*percentages\*\*/);
  const article = (await reader.invoke('articles.get', { id })) as { note: string; hasNote: boolean };
  expect(article.hasNote).toBe(true);
});

test('a note is saved when leaving at once, without waiting for the pause', async ({ shell, reader }) => {
  const { id } = await reader.importSample();
  await reader.open(id);
  await reader.openNotes();
  await reader.noteEditor().pressSequentially('quick thought');
  await reader.noteEditor().press('Escape'); // leaves the editor for the article
  await reader.press('Escape'); // leaves the article
  await expect(shell.page.locator('.reader')).toHaveCount(0);
  const article = (await reader.invoke('articles.get', { id })) as { note: string };
  expect(article.note).toBe('quick thought');
});

test('the preview never runs what a note contains', async ({ shell, reader }) => {
  const { id } = await reader.importSample();
  await reader.open(id);
  await reader.writeNote('<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>[link](javascript:alert(1)) ok');
  const preview = shell.page.locator('.note-preview');
  await expect(preview).toContainText('ok');
  expect(await shell.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(preview.locator('img, script')).toHaveCount(0);
  expect(await preview.locator('a').getAttribute('href')).toBeNull();
});

test('the menu command and the close button toggle the panel, and the choice is remembered', async ({ shell, reader }) => {
  const { id } = await reader.importSample();
  await reader.open(id);
  await shell.sendCommand('toggle-notes');
  await expect(reader.noteEditor()).toBeVisible();
  await shell.restart();
  await reader.waitReady();
  await expect(reader.noteEditor()).toBeVisible();
  await shell.page.getByRole('button', { name: 'Close notes' }).click();
  await expect(reader.noteEditor()).toHaveCount(0);
});
