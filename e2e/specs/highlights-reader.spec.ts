// Highlighting in the reader: select words, pick a colour or press a key, write a note; the marks stay on the
// same words across restarts, font changes, paragraphs and overlaps, and a delete can be undone.
import { test, expect } from '../support/fixtures.ts';

test.use({ viewport: { width: 1280, height: 820 } });

test('select, highlight, write a note, restart: still painted on the same words, note kept', async ({ shell, reader, highlights: hl }) => {
  const { id } = await reader.importSample();
  await reader.open(id);
  await hl.select('A column of text that stays put', 'quiet luxuries.');
  await reader.screenshot('highlights-toolbar');
  // The toolbar never covers the selected words.
  const toolbar = (await hl.toolbar.boundingBox())!;
  const selectionTop = await shell.page.evaluate(() => {
    const frame = document.querySelector<HTMLIFrameElement>('iframe.reader-frame')!;
    const rect = frame.contentDocument!.getSelection()!.getRangeAt(0).getClientRects()[0]!;
    return rect.top + frame.getBoundingClientRect().top;
  });
  expect(toolbar.y + toolbar.height).toBeLessThanOrEqual(selectionTop);

  await hl.highlightWith('green');
  const [mark] = await hl.painted();
  expect(mark).toMatchObject({ color: 'green', text: 'A column of text that stays put, a margin that does not move, a font that does not call attention to itself: these are quiet luxuries.' });
  await expect(hl.toolbar).toHaveCount(0);

  await hl.clickHighlight(mark!.id);
  await hl.editor.getByRole('textbox', { name: /note on this highlight/i }).fill('Worth **framing**.');
  await hl.editor.getByRole('textbox', { name: 'Tags' }).fill('typography, calm,');
  await expect(hl.editor.locator('.hl-tag')).toHaveText(['typography×', 'calm×']);
  await reader.screenshot('highlights-editor');
  await shell.page.keyboard.press('Escape');
  await expect(hl.editor).toHaveCount(0);
  await expect.poll(async () => ((await reader.invoke('highlights.list', { articleId: id })) as { note: string }[])[0]?.note).toBe('Worth **framing**.');

  await shell.restart();
  await reader.waitReady();
  await expect.poll(() => hl.painted()).toEqual([mark]);
  const stored = (await reader.invoke('highlights.list', { articleId: id })) as { note: string; tags: string[] }[];
  expect(stored[0]).toMatchObject({ note: 'Worth **framing**.', tags: ['typography', 'calm'] });
});

test('h highlights with the last colour, n highlights and opens the note', async ({ reader, highlights: hl }) => {
  const { id } = await reader.importSample();
  await reader.open(id);
  await hl.select('Margins are not wasted space');
  await hl.highlightWith('purple');
  await hl.select('they are where the eye rests');
  await reader.press('h');
  await expect.poll(async () => (await hl.painted()).map((m) => m.color)).toEqual(['purple', 'purple']);
  await hl.select('The habit of saving articles');
  await reader.press('n');
  await expect(hl.editor).toBeVisible();
  const note = hl.editor.getByRole('textbox', { name: /note on this highlight/i });
  await expect(note).toBeFocused();
  await note.pressSequentially('a promise');
  await note.press('Escape');
  await expect.poll(async () => ((await reader.invoke('highlights.list', { articleId: id })) as { note: string }[]).map((h) => h.note).sort()).toEqual(['', '', 'a promise']);
  // Without a selection, n still toggles the notes panel; the highlights are listed in it.
  await reader.press('n');
  await expect(hl.section.locator('.hl-item')).toHaveCount(3);
});

test('a larger font reflows the text and the marks stay on the same words', async ({ shell, reader, highlights: hl }) => {
  const { id } = await reader.importSample();
  await reader.open(id);
  await hl.select('Printers learned centuries ago', 'without effort.');
  await hl.highlightWith('yellow');
  const before = await hl.painted();
  const width = async () =>
    shell.page.evaluate(() => {
      const doc = document.querySelector<HTMLIFrameElement>('iframe.reader-frame')!.contentDocument!;
      return doc.querySelector('mark.lectern-hl')!.getBoundingClientRect().height;
    });
  const lineBefore = await width();
  for (let i = 0; i < 4; i++) await reader.press('=');
  await expect.poll(width).toBeGreaterThan(lineBefore);
  expect(await hl.painted()).toEqual(before);
  await reader.screenshot('highlights-after-font-change');
});

test('a highlight across two paragraphs, overlapping another, in a list and a quotation', async ({ shell, reader, highlights: hl }) => {
  const { id } = await reader.importSample();
  await reader.open(id);
  // The end of paragraph 1 through the start of paragraph 2.
  await hl.select('getting back to the right sentence.', 'Paragraph 2.');
  await hl.highlightWith('blue');
  await hl.select('the right sentence');
  await hl.highlightWith('pink');
  await hl.select('Give the lines room', 'wide and still.');
  await hl.highlightWith('green');
  await hl.select('Reading is to the mind', 'attributed to Joseph Addison');
  await hl.highlightWith('yellow');
  const marks = await hl.painted();
  expect(marks.map((m) => m.text.replace(/\s+/g, ' '))).toEqual([
    'getting back to the right sentence.Paragraph 2.',
    'the right sentence',
    'Give the lines room to breathe.Let the margins be wide and still.',
    expect.stringMatching(/^Reading is to the mind what exercise is to the body\..*attributed to Joseph Addison$/),
  ]);
  const across = await shell.page.evaluate((hid) => {
    const doc = document.querySelector<HTMLIFrameElement>('iframe.reader-frame')!.contentDocument!;
    return [...doc.querySelectorAll(`mark[data-hl="${hid}"]`)].map((m) => m.closest('p')?.textContent?.slice(0, 12));
  }, marks[0]!.id);
  expect(new Set(across).size).toBe(2);
  await reader.press('n');
  await expect(hl.section.locator('.hl-item')).toHaveCount(4);
  await reader.screenshot('highlights-panel');
});

test('delete from the popover, then undo: painted again in the same place', async ({ shell, reader, highlights: hl }) => {
  const { id } = await reader.importSample();
  await reader.open(id);
  await hl.select('Good typography is invisible');
  await hl.highlightWith('yellow');
  const [mark] = await hl.painted();
  await hl.clickHighlight(mark!.id);
  await hl.editor.getByRole('button', { name: 'Delete' }).click();
  await expect.poll(() => hl.painted()).toEqual([]);
  expect(await reader.invoke('highlights.list', { articleId: id })).toEqual([]);
  await shell.page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => hl.painted()).toEqual([mark]);
  expect(((await reader.invoke('highlights.list', { articleId: id })) as unknown[]).length).toBe(1);
});

test('copy as quote puts the words, the title and the source on the clipboard', async ({ shell, reader, highlights: hl }) => {
  await shell.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { id, title } = await reader.importSample();
  await reader.open(id);
  await hl.select('Margins are not wasted space');
  await hl.toolbar.getByRole('button', { name: 'Copy as quote' }).click();
  await expect.poll(() => shell.page.evaluate(() => navigator.clipboard.readText())).toBe(`> Margins are not wasted space\n\n— ${title}\n`);
});

test('a real mouse drag shows the toolbar only once the button is released', async ({ shell, reader, highlights: hl }) => {
  const { id } = await reader.importSample();
  await reader.open(id);
  // Where the words "Good typography" begin and "invisible" ends, in the page's coordinates.
  const points = await shell.page.evaluate(() => {
    const frame = document.querySelector<HTMLIFrameElement>('iframe.reader-frame')!;
    const doc = frame.contentDocument!;
    const walker = doc.createTreeWalker(doc.getElementById('article-body')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf('Good typography is invisible');
      if (at < 0) continue;
      const range = doc.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 'Good typography is invisible'.length);
      (node.parentElement as HTMLElement).scrollIntoView({ block: 'center', behavior: 'instant' });
      const rects = [...range.getClientRects()];
      const f = frame.getBoundingClientRect();
      const first = rects[0]!;
      const last = rects[rects.length - 1]!;
      return { x1: f.left + first.left + 1, y1: f.top + first.top + first.height / 2, x2: f.left + last.right - 1, y2: f.top + last.top + last.height / 2 };
    }
    throw new Error('phrase not found');
  });
  // Raw input events: Playwright's own mouse waits on its drag-and-drop interception inside the iframe and stalls.
  const cdp = await shell.context.newCDPSession(shell.page);
  const mouse = (type: string, x: number, y: number, buttons: number) =>
    cdp.send('Input.dispatchMouseEvent', { type, x, y, button: 'left', buttons, clickCount: 1 } as never);
  await mouse('mouseMoved', points.x1, points.y1, 0);
  await mouse('mousePressed', points.x1, points.y1, 1);
  for (let i = 1; i <= 6; i++) await mouse('mouseMoved', points.x1 + ((points.x2 - points.x1) * i) / 6, points.y1 + ((points.y2 - points.y1) * i) / 6, 1);
  await shell.page.waitForTimeout(300);
  // Still dragging: no toolbar chasing the pointer.
  await expect(hl.toolbar).toHaveCount(0);
  await mouse('mouseReleased', points.x2, points.y2, 0);
  await expect(hl.toolbar).toBeVisible();
  await hl.highlightWith('blue');
  expect((await hl.painted())[0]?.text).toMatch(/^Good typography is invisibl/);
});

test('help and the palette list the highlight keys and commands', async ({ shell, reader }) => {
  const { id } = await reader.importSample();
  await reader.open(id);
  await reader.press('?');
  const help = shell.page.getByRole('dialog', { name: /keyboard shortcuts/i });
  await expect(help).toContainText('Highlight the selection (last colour)');
  await expect(help).toContainText('Highlight the selection and write a note');
  await expect(help).toContainText('Open the notebook');
  await reader.screenshot('highlights-help');
  await shell.page.keyboard.press('Escape');
  await shell.page.keyboard.press('Control+K');
  await shell.page.getByRole('combobox', { name: 'Type a command' }).fill('export');
  await expect(shell.page.getByRole('option')).toHaveText([/Export notes & highlights as Markdown/, /Export notes & highlights as Web Annotations/, /Export the whole library as an archive/]);
});

test('a highlight through bold, italic and a link keeps the formatting and survives a restart', async ({ shell, reader, highlights: hl }) => {
  const text = 'The **council** met on _Tuesday_ to [discuss](https://example.org/bridge) the new bridge.\n\nNobody came.';
  await reader.open(await reader.importMarkdown(text, 'Inline'));
  await hl.select('council met', 'discuss the new');
  await hl.highlightWith('pink');
  const shape = () =>
    shell.page.evaluate(() => {
      const doc = document.querySelector<HTMLIFrameElement>('iframe.reader-frame')!.contentDocument!;
      return [...doc.querySelectorAll('mark.lectern-hl')].map((m) => `${m.parentElement!.tagName}:${m.textContent}`);
    });
  const before = await shape();
  expect(before).toEqual(['STRONG:council', 'P: met on ', 'EM:Tuesday', 'P: to ', 'A:discuss', 'P: the new']);
  await shell.restart();
  await reader.waitReady();
  await expect.poll(shape).toEqual(before);
});
