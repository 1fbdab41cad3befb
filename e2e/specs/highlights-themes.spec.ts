// Highlight colours in light, sepia and dark: every colour painted, restyled with the theme without repainting,
// and text on it as readable as the theme's own body text.
import { test, expect } from '../support/fixtures.ts';
import { contrast } from '../support/contrast.ts';

test.use({ viewport: { width: 1280, height: 820 } });

test('five colours, three themes: painted once, restyled live, AAA contrast', async ({ shell, reader, highlights: hl }) => {
  const { id } = await reader.importSample();
  await reader.open(id);
  const phrases = [
    'Reading on a screen is mostly a matter of not being interrupted.',
    'When a page reflows under your eyes',
    'Good typography is invisible',
    'Most of those promises are broken',
    'the right sentence.',
  ];
  const colors = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
  for (let i = 0; i < phrases.length; i++) {
    await hl.select(phrases[i]!);
    await hl.highlightWith(colors[i]!);
  }
  await reader.scrollTo(0);
  const marksBefore = await shell.page.evaluate(() => document.querySelector<HTMLIFrameElement>('iframe.reader-frame')!.contentDocument!.querySelectorAll('mark.lectern-hl').length);

  for (const theme of ['Light', 'Sepia', 'Dark'] as const) {
    await reader.openAppearance();
    await reader.chooseTheme(theme);
    await shell.page.keyboard.press('Escape');
    await expect.poll(async () => (await reader.articleStyle()).theme).toBe(theme.toLowerCase());
    const pairs = await shell.page.evaluate(() => {
      const doc = document.querySelector<HTMLIFrameElement>('iframe.reader-frame')!.contentDocument!;
      const rgb = (s: string) => (s.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
      return [...doc.querySelectorAll<HTMLElement>('mark.lectern-hl')].map((m) => {
        const style = doc.defaultView!.getComputedStyle(m);
        return { color: m.dataset.color!, fg: rgb(style.color), bg: rgb(style.backgroundColor) };
      });
    });
    expect(pairs.length).toBe(marksBefore);
    expect(new Set(pairs.map((p) => p.bg.join(','))).size).toBe(5);
    for (const pair of pairs) expect(contrast(pair.fg, pair.bg), `${theme} ${pair.color}`).toBeGreaterThanOrEqual(7);
    await shell.page.mouse.move(640, 400);
    await reader.screenshot(`highlights-theme-${theme.toLowerCase()}`);
  }
});

test.describe('in a narrow window', () => {
  test.use({ viewport: { width: 860, height: 700 } });

  test('a narrow window with the notes open: toolbar and popover stay over the article, clear of the words', async ({ shell, reader, highlights: hl }) => {
    const { id } = await reader.importSample();
    await reader.open(id);
    await reader.press('n');
    await reader.noteEditor().press('Escape');
    await hl.select('The habit of saving articles', 'calmer version of ourselves.');
    const frame = (await shell.page.locator('iframe.reader-frame').boundingBox())!;
    const toolbar = (await hl.toolbar.boundingBox())!;
    expect(toolbar.x).toBeGreaterThanOrEqual(frame.x);
    expect(toolbar.x + toolbar.width).toBeLessThanOrEqual(frame.x + frame.width);
    await hl.highlightWith('yellow');
    const [mark] = await hl.painted();
    await hl.clickHighlight(mark!.id);
    const editor = (await hl.editor.boundingBox())!;
    expect(editor.x + editor.width).toBeLessThanOrEqual(frame.x + frame.width);
    const marks = await shell.page.evaluate((hid) => {
      const f = document.querySelector<HTMLIFrameElement>('iframe.reader-frame')!;
      const top = f.getBoundingClientRect().top;
      return [...f.contentDocument!.querySelectorAll(`mark[data-hl="${hid}"]`)].flatMap((m) => [...m.getClientRects()].map((r) => ({ top: r.top + top, bottom: r.bottom + top })));
    }, mark!.id);
    // The popover sits wholly above or wholly below the passage.
    const passageTop = Math.min(...marks.map((r) => r.top));
    const passageBottom = Math.max(...marks.map((r) => r.bottom));
    expect(editor.y + editor.height <= passageTop || editor.y >= passageBottom).toBe(true);
    await reader.screenshot('highlights-narrow-860');
  });
});
