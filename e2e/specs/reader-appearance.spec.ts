// Themes, fonts and widths: the article restyles in place, every theme is readable, and links leave the app.
import { test, expect } from '../support/fixtures.ts';
import { contrast } from '../support/contrast.ts';

test.describe('at 1280 × 820', () => {
  test.use({ viewport: { width: 1280, height: 820 } });

  test('light, sepia and dark are AAA and change without moving the text', async ({ reader }) => {
    const { id } = await reader.importSample();
    await reader.open(id);
    await reader.scrollTo(0.3);
    await reader.waitPositionSaved();
    const top = await reader.topOfView();

    for (const theme of ['Light', 'Sepia', 'Dark'] as const) {
      await reader.openAppearance();
      await reader.chooseTheme(theme);
      await reader.page.keyboard.press('Escape');
      await expect.poll(async () => (await reader.articleStyle()).theme).toBe(theme.toLowerCase());
      const style = await reader.articleStyle();
      expect(contrast(style.color, style.background), `${theme} contrast`).toBeGreaterThanOrEqual(7);
      // A theme change reflows nothing, so the page must not move by a single pixel.
      expect(await reader.topOfView()).toEqual(top);
      await reader.page.mouse.move(5, 400); // the bar shows, as a reader reaching for it would see it
      await reader.screenshot(`reader-${theme.toLowerCase()}-1280`);
    }

    // The second width: a narrow window, where the column meets the margins.
    await reader.page.setViewportSize({ width: 820, height: 820 });
    for (const theme of ['Light', 'Sepia', 'Dark'] as const) {
      await reader.openAppearance();
      await reader.chooseTheme(theme);
      await reader.page.keyboard.press('Escape');
      await expect.poll(async () => (await reader.articleStyle()).theme).toBe(theme.toLowerCase());
      await reader.page.mouse.move(5, 400);
      await reader.screenshot(`reader-${theme.toLowerCase()}-820`);
    }
  });
});

test.describe('with a dark system theme', () => {
  test.use({ viewport: { width: 1100, height: 800 }, colorScheme: 'dark' });

  test('system theme follows the operating system', async ({ shell, reader }) => {
    const { id } = await reader.importSample();
    await reader.invoke('settings.update', { theme: 'system' });
    await reader.open(id);
    expect((await reader.articleStyle()).theme).toBe('dark');
    await shell.page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(async () => (await reader.articleStyle()).theme).toBe('light');
  });
});

test.describe('at 860 × 900', () => {
  test.use({ viewport: { width: 860, height: 900 } });

  test('fonts, a narrow window and the notes panel look right', async ({ shell, reader }) => {
    const { id } = await reader.importSample();
    await reader.invoke('settings.update', { theme: 'sepia', font: 'legible' });
    await reader.open(id);
    expect((await reader.articleStyle()).fontFamily).toMatch(/Atkinson Hyperlegible/);
    await reader.screenshot('reader-sepia-legible-860');

    await reader.invoke('settings.update', { font: 'serif', theme: 'light' });
    await shell.page.setViewportSize({ width: 1440, height: 900 });
    await reader.open(id);
    await reader.openNotes();
    await reader.noteEditor().fill('The column re-centres beside the notes.\n\n> It never hides the text.');
    await expect(shell.page.locator('.save-status')).toHaveText('Saved');
    // The article column stays fully visible left of the panel.
    const layout = await shell.page.evaluate(() => {
      const frame = document.querySelector<HTMLIFrameElement>('iframe.reader-frame')!;
      const column = frame.contentDocument!.querySelector('.lectern-article')!.getBoundingClientRect();
      const panel = document.querySelector('.notes-panel')!.getBoundingClientRect();
      return { columnRight: frame.getBoundingClientRect().left + column.right, panelLeft: panel.left };
    });
    expect(layout.columnRight).toBeLessThanOrEqual(layout.panelLeft);
    await reader.screenshot('reader-light-notes-1440');
  });
});

test('links open in the system browser and never navigate the article', async ({ shell, reader }) => {
  const { id } = await reader.importSample();
  await reader.open(id);
  await shell.page.evaluate(() => {
    const opened: string[] = [];
    (window as unknown as { __opened: string[] }).__opened = opened;
    window.open = ((url: string) => {
      opened.push(String(url));
      return null;
    }) as typeof window.open;
  });
  // The sample has no links; add one the way a saved page would carry it.
  await shell.page.evaluate(() => {
    const doc = document.querySelector<HTMLIFrameElement>('iframe.reader-frame')!.contentDocument!;
    const p = doc.querySelector('#article-body p')!;
    const a = doc.createElement('a');
    a.href = 'https://example.org/elsewhere';
    a.textContent = 'an outside link';
    p.prepend(a);
  });
  await reader.frame().getByRole('link', { name: 'an outside link' }).click();
  expect(await shell.page.evaluate(() => (window as unknown as { __opened: string[] }).__opened)).toEqual([
    'https://example.org/elsewhere',
  ]);
  expect(await shell.page.evaluate(() => document.querySelector<HTMLIFrameElement>('iframe.reader-frame')!.contentWindow!.location.pathname)).toMatch(/\/document$/);
});

test('the keyboard reads: j/k, space, g/G, and Esc goes back', async ({ shell, reader }) => {
  const { id } = await reader.importSample();
  await reader.open(id);
  const y = async () => (await reader.topOfView()).scrollY;
  await reader.press('j');
  await expect.poll(y).toBeGreaterThan(0);
  const afterJ = await y();
  await reader.press('Space');
  await expect.poll(y).toBeGreaterThan(afterJ + 300);
  await reader.press('Shift+Space');
  await expect.poll(y).toBeLessThan(afterJ + 50);
  await reader.press('Shift+G');
  await expect(reader.root).toHaveAttribute('data-finished', 'true');
  await reader.press('g');
  await expect.poll(y).toBe(0);
  // The bar lies over the top of the article; the wheel turned over it still scrolls the text.
  await shell.page.mouse.move(640, 25);
  await expect(shell.page.locator('.reader-bar')).not.toHaveClass(/reader-bar-hidden/);
  await shell.page.mouse.wheel(0, 500);
  await expect.poll(y).toBeGreaterThan(300);
  await reader.press('Escape');
  await expect(shell.page.locator('.reader')).toHaveCount(0);
});

test('archive and favorite from the keyboard answer with a toast that can undo', async ({ shell, reader }) => {
  const { id } = await reader.importSample();
  await reader.open(id);
  await reader.press('f');
  await expect(shell.page.getByRole('button', { name: 'Favorite' })).toHaveAttribute('aria-pressed', 'true');
  await reader.press('a');
  await expect(shell.page.getByRole('button', { name: 'Archive' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => ((await reader.invoke('articles.get', { id })) as { archived: boolean }).archived).toBe(true);
  const toast = shell.page.getByTestId('toast').filter({ hasText: 'Archived' });
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(shell.page.getByRole('button', { name: 'Archive' })).toHaveAttribute('aria-pressed', 'false');
  const article = (await reader.invoke('articles.get', { id })) as { archived: boolean; favorite: boolean };
  expect(article).toMatchObject({ archived: false, favorite: true });
});

test('the appearance popover works from the keyboard alone', async ({ shell, reader }) => {
  const { id } = await reader.importSample();
  await reader.invoke('settings.update', { theme: 'light' });
  await reader.open(id);
  await reader.press('t');
  await expect(shell.page.getByRole('radio', { name: 'Light' })).toBeFocused();
  await reader.press('ArrowRight');
  await expect.poll(async () => (await reader.articleStyle()).theme).toBe('sepia');
  await reader.press('Tab');
  await expect(shell.page.getByRole('radio', { name: 'Serif' })).toBeFocused();
  await reader.press('ArrowRight');
  await expect.poll(async () => (await reader.articleStyle()).fontFamily).toMatch(/Inter/);
  await reader.press('Escape');
  await expect(shell.page.getByRole('dialog', { name: 'Theme and typography' })).toHaveCount(0);
  await expect(shell.page.getByRole('button', { name: 'Theme and typography' })).toBeFocused();
  await expect(reader.root).toBeVisible(); // Esc closed the popover, it did not leave the article
  const saved = (await reader.invoke('settings.get', {})) as { theme: string; font: string };
  expect(saved).toMatchObject({ theme: 'sepia', font: 'sans' });
});
