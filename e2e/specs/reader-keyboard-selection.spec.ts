// Selecting without a mouse: v puts a caret at the top of the view, the arrows and brackets move it by sentence
// and paragraph, Shift takes in what it passes, h highlights and n highlights with a note. The selection is the
// frame's real one, so the highlight keeps the same words a mouse would have given.
import { test, expect } from '../support/fixtures.ts';
import type { Page } from '@playwright/test';

test.use({ viewport: { width: 1280, height: 820 } });

/** The words just after the keyboard caret (the selection's focus), and what is selected. */
function caret(page: Page): Promise<{ after: string; selected: string }> {
  return page.evaluate(() => {
    const doc = document.querySelector<HTMLIFrameElement>('iframe.reader-frame')!.contentDocument!;
    const body = doc.getElementById('article-body')!;
    const selection = doc.getSelection()!;
    if (!selection.focusNode) return { after: '', selected: '' };
    const before = doc.createRange();
    before.setStart(body, 0);
    before.setEnd(selection.focusNode, selection.focusOffset);
    const offset = before.toString().length;
    return { after: (body.textContent ?? '').slice(offset, offset + 24), selected: selection.toString() };
  });
}

const liveRegion = (page: Page) => page.locator('[data-kbd-select-live]');
const card = (page: Page) => page.locator('.kbd-select');
const folded = (text: string) => text.replace(/\s+/g, ' ').trim();

type StoredHighlight = { note: string; selectors: [{ exact: string }, unknown] };

test('v, move by sentence and paragraph, select across two paragraphs, h; then n with a note', async ({ shell, reader, highlights: hl }) => {
  const page = shell.page;
  const { id } = await reader.importSample();
  await reader.open(id);

  await reader.press('v');
  await expect(card(page)).toBeVisible();
  await expect(reader.frame().locator('.lectern-kbd-caret')).toBeVisible();
  // The first block on screen is the first heading, just under the title.
  await expect.poll(async () => (await caret(page)).after).toMatch(/^The column/);
  await expect(liveRegion(page)).toContainText('Keyboard selection. At: The column');

  await reader.press('ArrowDown');
  await expect.poll(async () => (await caret(page)).after).toMatch(/^Paragraph 1\./);
  await reader.press('ArrowDown');
  await expect.poll(async () => (await caret(page)).after).toMatch(/^Reading on a screen/);
  await expect(liveRegion(page)).toHaveText('Reading on a screen is mostly a matter of not being interrupted.');
  await reader.press(')');
  await expect.poll(async () => (await caret(page)).after).toMatch(/^When a page reflows/);
  await reader.press('(');
  await expect.poll(async () => (await caret(page)).after).toMatch(/^Reading on a screen/);

  // From inside a paragraph, { goes to its own start first; } to the next one's.
  await reader.press('{');
  await expect.poll(async () => (await caret(page)).after).toMatch(/^Paragraph 1\./);
  await reader.press('}');
  await expect.poll(async () => (await caret(page)).after).toMatch(/^Paragraph 2\./);
  await reader.press('{');
  await expect.poll(async () => (await caret(page)).after).toMatch(/^Paragraph 1\./);
  expect((await caret(page)).selected).toBe('');

  // To the last sentence of paragraph 1, then Shift takes in three sentences: across into paragraph 2.
  for (let i = 0; i < 4; i++) await reader.press(')');
  await expect.poll(async () => (await caret(page)).after).toMatch(/^Most of those promises/);
  for (let i = 0; i < 3; i++) await reader.press('Shift+ArrowDown');
  const across =
    'Most of those promises are broken not by a lack of time but by the friction of getting back to the right sentence. Paragraph 2. Margins are not wasted space; they are where the eye rests between thoughts.';
  await expect.poll(async () => folded((await caret(page)).selected)).toBe(across);
  await expect(liveRegion(page)).toContainText('Selected: Most of those promises');
  // One step back shrinks it again, one forward restores it.
  await reader.press('Shift+ArrowUp');
  await expect.poll(async () => folded((await caret(page)).selected)).toMatch(/right sentence\. Paragraph 2\.$/);
  await reader.press(')');
  await expect.poll(async () => folded((await caret(page)).selected)).toBe(across);
  await expect(hl.toolbar).toBeVisible();
  await page.mouse.move(10, 400);
  await reader.screenshot('reader-keyboard-selection-light');

  await reader.press('h');
  await expect.poll(async () => (await hl.painted()).length).toBe(1);
  const list = () => reader.invoke('highlights.list', { articleId: id }) as Promise<StoredHighlight[]>;
  expect(folded((await list())[0]!.selectors[0].exact)).toBe(across);
  // Still in the mode, the caret just after the highlight and nothing selected.
  await expect(card(page)).toBeVisible();
  await expect.poll(async () => (await caret(page)).selected).toBe('');

  // v starts a selection at the caret; two sentences on, n highlights it and opens its note.
  await reader.press('v');
  await reader.press(')');
  await reader.press(')');
  await expect.poll(async () => folded((await caret(page)).selected)).toBe('Notes written in the margin are a conversation with the author that nobody else needs to hear.');
  await reader.press('n');
  const note = hl.editor.getByRole('textbox', { name: /note on this highlight/i });
  await expect(note).toBeFocused();
  await expect(card(page)).toBeHidden();
  await note.pressSequentially('kept by keyboard');
  await note.press('Escape');
  await expect
    .poll(async () => (await list()).map((h) => [folded(h.selectors[0].exact).slice(0, 20), h.note]))
    .toEqual([
      ['Most of those promis', ''],
      ['Notes written in the', 'kept by keyboard'],
    ]);
});

test('Esc leaves; keys pass to the reader again; help lists the keys; dark theme', async ({ shell, reader, highlights: hl }) => {
  const page = shell.page;
  const { id } = await reader.importSample();
  await reader.open(id);
  await reader.scrollTo(0.3);

  await reader.press('v');
  await expect(card(page)).toBeVisible();
  // The caret starts on screen, below the bar.
  const top = await page.evaluate(() => document.querySelector<HTMLIFrameElement>('iframe.reader-frame')!.contentDocument!.querySelector<HTMLElement>('.lectern-kbd-caret')!.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(64);
  expect(top).toBeLessThan(820);
  await reader.press('Escape');
  await expect(card(page)).toBeHidden();
  await expect(liveRegion(page)).toHaveText('Keyboard selection off.');
  await expect(reader.frame().locator('.lectern-kbd-caret')).toHaveCount(0);
  // Esc again is the reader's own: it leaves the article.
  await reader.press('Escape');
  await expect(reader.root).toHaveCount(0);

  await reader.open(id);
  await reader.press('?');
  const help = page.getByRole('dialog', { name: /keyboard shortcuts/i });
  for (const text of ['Select with the keyboard', 'Next sentence', 'Previous paragraph', 'Select as you move', 'Leave keyboard selection']) {
    await expect(help).toContainText(text);
  }
  await help.getByText('Leave keyboard selection').scrollIntoViewIfNeeded();
  await reader.settle();
  await reader.screenshot('reader-keyboard-selection-help');
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);

  await reader.openAppearance();
  await reader.chooseTheme('Dark');
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await reader.articleStyle()).theme).toBe('dark');
  await reader.press('v');
  await expect(card(page)).toBeVisible();
  // Paragraph after paragraph, the page follows the caret so it never leaves the screen.
  const scrolled = await page.evaluate(() => document.querySelector<HTMLIFrameElement>('iframe.reader-frame')!.contentWindow!.scrollY);
  for (let i = 0; i < 12; i++) await reader.press('}');
  await expect.poll(() => page.evaluate(() => document.querySelector<HTMLIFrameElement>('iframe.reader-frame')!.contentWindow!.scrollY)).toBeGreaterThan(scrolled);
  const caretTop = await page.evaluate(() => document.querySelector<HTMLIFrameElement>('iframe.reader-frame')!.contentDocument!.querySelector<HTMLElement>('.lectern-kbd-caret')!.getBoundingClientRect().top);
  expect(caretTop).toBeGreaterThanOrEqual(64);
  expect(caretTop).toBeLessThan(820);
  await reader.press('Shift+ArrowDown');
  await reader.press('Shift+ArrowDown');
  await expect.poll(async () => (await caret(page)).selected).not.toBe('');
  await expect(hl.toolbar).toBeVisible();
  await page.mouse.move(10, 400);
  await reader.screenshot('reader-keyboard-selection-dark');
});

test('in a right-to-left article the left arrow goes on to the next word, and h keeps the sentence at the caret', async ({ shell, library, reader, highlights: hl }) => {
  const hebrew = 'שלום עולם יפה. קריאה איטית היא מתנה.';
  await library.importFiles([{ name: 'rtl.html', mimeType: 'text/html', content: `<html lang="he" dir="rtl"><head><title>מאמר</title></head><body><article><h1>מאמר</h1><p>${hebrew}</p><p>${hebrew}</p></article></body></html>` }]);
  await library.row('מאמר').locator('.row-title').click();
  await reader.waitReady();
  await reader.press('v');
  await expect.poll(async () => (await caret(shell.page)).after).toMatch(/^שלום/);
  await reader.press('ArrowLeft');
  await expect.poll(async () => (await caret(shell.page)).after).toMatch(/^עולם/);
  await reader.press('ArrowRight');
  await expect.poll(async () => (await caret(shell.page)).after).toMatch(/^שלום/);
  await reader.press('ArrowDown');
  await expect.poll(async () => (await caret(shell.page)).after).toMatch(/^קריאה/);
  // h with only a caret keeps the sentence it stands in.
  await reader.press('h');
  await expect.poll(async () => (await hl.painted()).map((mark) => mark.text)).toEqual(['קריאה איטית היא מתנה.']);
});
