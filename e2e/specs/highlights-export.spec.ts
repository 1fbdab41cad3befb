// Export from the reader: the article's notes and highlights as Markdown, or as W3C Web Annotations (JSON-LD),
// handed over as a download from the reader's menu and from the command palette.
import { readFile } from 'node:fs/promises';
import { test, expect } from '../support/fixtures.ts';

test.use({ viewport: { width: 1280, height: 820 } });

test('the reader menu exports Markdown with the quote and its note; the palette exports Web Annotations', async ({ shell, reader, highlights: hl }) => {
  const { id, title } = await reader.importSample();
  await reader.open(id);
  await hl.select('Margins are not wasted space', 'between thoughts.');
  await reader.press('n');
  await hl.editor.getByRole('textbox', { name: /note on this highlight/i }).fill('Room to *breathe*.');
  await shell.page.keyboard.press('Escape');
  await expect.poll(async () => ((await reader.invoke('highlights.list', { articleId: id })) as { note: string }[])[0]?.note).toBe('Room to *breathe*.');

  await shell.page.mouse.move(600, 20);
  await shell.page.getByRole('button', { name: 'Export notes and highlights' }).click();
  await reader.screenshot('highlights-export-menu');
  const [markdown] = await Promise.all([
    shell.page.waitForEvent('download'),
    shell.page.getByRole('menuitem', { name: 'Export notes & highlights as Markdown' }).click(),
  ]);
  expect(markdown.suggestedFilename()).toMatch(/\.md$/);
  const text = await readFile((await markdown.path())!, 'utf8');
  expect(text).toContain(title);
  expect(text).toContain('Margins are not wasted space; they are where the eye rests between thoughts.');
  expect(text).toContain('Room to *breathe*.');

  await shell.page.keyboard.press('Control+K');
  await shell.page.getByRole('combobox', { name: 'Type a command' }).fill('web annotations');
  const [jsonld] = await Promise.all([shell.page.waitForEvent('download'), shell.page.keyboard.press('Enter')]);
  expect(jsonld.suggestedFilename()).toMatch(/\.jsonld$/);
  const collection = JSON.parse(await readFile((await jsonld.path())!, 'utf8')) as Record<string, unknown>;
  expect(JSON.stringify(collection)).toContain('"TextQuoteSelector"');
  expect(JSON.stringify(collection)).toContain('Margins are not wasted space');
});
