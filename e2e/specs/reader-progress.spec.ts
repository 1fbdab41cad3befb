// Reading progress survives restarts and reflows (docs/architecture.md rule 7): the same sentence returns to the top,
// not the same percentage.
import { test, expect } from '../support/fixtures.ts';

test.use({ viewport: { width: 1200, height: 800 } });

test('the paragraph at the top comes back after a restart', async ({ shell, reader }) => {
  const { id } = await reader.importSample();
  await reader.open(id);
  await reader.scrollTo(0.5);
  await reader.waitPositionSaved();
  const before = await reader.topOfView();
  expect(before.block).toMatch(/^Paragraph \d+/);

  await shell.restart();
  await reader.waitReady();
  const after = await reader.topOfView();
  expect(after.block).toBe(before.block);
  expect(after.line).toBe(before.line);
});

test('a bigger font keeps the same sentence at the top, also after a restart', async ({ shell, reader }) => {
  const { id } = await reader.importSample();
  await reader.open(id);
  await reader.scrollTo(0.4);
  await reader.waitPositionSaved();
  const before = await reader.topOfView();

  await reader.press('=');
  await reader.press('=');
  await expect.poll(async () => (await reader.articleStyle()).fontSize).toBe('24px');
  const bigger = await reader.topOfView();
  expect(bigger.block).toBe(before.block);
  expect(bigger.scrollY).not.toBe(before.scrollY);
  // The first visible line starts at or a few words before the one we left: never a different paragraph.
  expect(before.line.length).toBeGreaterThan(0);

  await reader.press('-');
  await reader.press('-');
  await expect.poll(async () => (await reader.articleStyle()).fontSize).toBe('20px');
  const back = await reader.topOfView();
  expect(back.line).toBe(before.line);

  await reader.press('=');
  await expect.poll(async () => (await reader.articleStyle()).fontSize).toBe('22px');
  const atSize = await reader.topOfView();
  await shell.restart();
  await reader.waitReady();
  expect((await reader.articleStyle()).fontSize).toBe('22px');
  expect((await reader.topOfView()).block).toBe(atSize.block);
});

test('window width and the notes panel reflow without losing the place', async ({ shell, reader }) => {
  const { id } = await reader.importSample();
  await reader.open(id);
  await reader.scrollTo(0.6);
  await reader.waitPositionSaved();
  const before = await reader.topOfView();

  await shell.page.setViewportSize({ width: 760, height: 800 });
  await expect.poll(async () => (await reader.topOfView()).block).toBe(before.block);

  await reader.openNotes();
  await expect.poll(async () => (await reader.topOfView()).block).toBe(before.block);
});

test('reaching the end marks the article finished', async ({ shell, reader }) => {
  const { id } = await reader.importSample();
  await reader.open(id);
  await shell.page.mouse.move(300, 300);
  await reader.press('Shift+G');
  await expect(reader.root).toHaveAttribute('data-finished', 'true');
  await reader.waitPositionSaved();
  const article = (await reader.invoke('articles.get', { id })) as { finishedAt: string | null };
  expect(article.finishedAt).not.toBeNull();
  await expect(shell.page.locator('.reader-bar-status')).toHaveText('Finished');
});

test('switching the typeface (a new web font loads) keeps the place', async ({ shell, reader }) => {
  const { id } = await reader.importSample();
  await reader.open(id);
  await reader.scrollTo(0.55);
  await reader.waitPositionSaved();
  const before = await reader.topOfView();
  for (const font of ['Legible', 'Sans', 'Serif']) {
    await reader.openAppearance();
    await shell.page.getByRole('radio', { name: font }).click();
    await shell.page.keyboard.press('Escape');
    await reader.waitReady(); // fonts settled
    expect((await reader.topOfView()).block, font).toBe(before.block);
  }
  expect((await reader.topOfView()).line).toBe(before.line);
});

test('a short text that fits the window is not marked finished just by opening it', async ({ shell, reader }) => {
  await reader.open(await reader.importMarkdown('A short thought, pasted.\n\nIt fits on one screen.', 'Short'));
  await expect(shell.page.locator('.reader-bar-status')).toHaveText('1 min read');
  await expect(reader.root).toHaveAttribute('data-finished', 'false');
});

test('back in the library, the row shows how far you read', async ({ shell, reader }) => {
  const { id } = await reader.importSample();
  await reader.open(id);
  await reader.scrollTo(0.5);
  await reader.waitPositionSaved();
  await reader.press('Escape');
  const row = shell.page.locator('[data-testid="article-row"]').first();
  await expect(row.locator('.row-progress-text')).toHaveText(/^(4|5|6)\d% read$/);
});
