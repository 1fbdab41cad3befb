// Save from the web, then read offline: a real-looking article on a local site is saved with Ctrl+L,
// appears in the library with its picture, and opens with every image shown while the site is down and
// every request that would leave the app is refused. Nothing it shows comes from anywhere but the app.
import { test, expect } from '../support/fixtures.ts';
import { startArticleServer, type ArticleServer } from '../support/article-server.ts';

const TITLE = 'The last lighthouse keeper of Skerry Point';

let site: ArticleServer;

test.use({ allowLocalCaptures: true });

test.beforeEach(async () => {
  site = await startArticleServer();
});

test.afterEach(async () => {
  await site?.close();
});

test('a saved article opens with all its pictures while the network is gone', async ({ shell, library, capture, reader }) => {
  await shell.page.keyboard.press('ControlOrMeta+L');
  await expect(capture.field).toBeFocused();
  await capture.field.fill(site.url('/2026/02/last-lighthouse-keeper'));
  await library.screenshot('capture-add-url');
  await capture.field.press('Enter');

  await expect(library.toasts.filter({ hasText: `Saved: ${TITLE}` })).toBeVisible({ timeout: 15_000 });
  const row = library.row(TITLE);
  await expect(row).toBeVisible();
  await expect(row).toContainText('The Coastal Review');
  await expect(capture.pendingSection).toHaveCount(0);
  // Every picture was fetched once, at capture time; the sign-up pixel and the page's script never were.
  for (const path of ['/media/harbour.png', '/media/lighthouse-lazy.png']) expect(site.hits.get(path), path).toBe(1);
  expect(site.hits.get('/static/analytics.js')).toBeUndefined();
  await library.screenshot('capture-saved');

  // The site goes away, and anything that is not the app's own origin is refused from here on.
  await site.stop();
  const leaks: string[] = [];
  shell.context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(shell.baseUrl) && !url.startsWith('data:') && !url.startsWith('blob:')) leaks.push(url);
  });
  await shell.context.route('**/*', (route) => (route.request().url().startsWith(shell.baseUrl) ? route.continue() : route.abort('internetdisconnected')));
  const hitsBefore = [...site.hits.values()].reduce((a, b) => a + b, 0);

  await library.clickToastAction('Open');
  await reader.waitReady();
  const frame = reader.frame();
  await expect(frame.locator('h1, .article-title').first()).toContainText(TITLE);
  await expect(frame.locator('body')).toContainText('green ledger');

  // Scroll each picture into view (lazy ones load then) and wait until it is decoded.
  const images = await shell.page.evaluate(async () => {
    const doc = document.querySelector<HTMLIFrameElement>('iframe.reader-frame')!.contentDocument!;
    const all = [...doc.querySelectorAll('img')];
    for (const img of all) {
      img.scrollIntoView({ block: 'center' });
      await img.decode().catch(() => undefined);
    }
    return all.map((img) => ({ src: img.currentSrc || img.src, complete: img.complete, width: img.naturalWidth, alt: img.alt }));
  });
  expect(images.map((img) => img.alt)).toEqual(
    expect.arrayContaining(['The harbour at dusk', 'The lighthouse in winter light', 'Low tide on the flats', 'Nets drying on the quay']),
  );
  for (const image of images) {
    expect(image.width, `${image.alt} (${image.src}) is shown`).toBeGreaterThan(0);
    expect(image.src.startsWith(`${shell.baseUrl}/articles/`), `${image.src} is a local file`).toBe(true);
  }
  // srcset kept the larger picture for the column; the placeholder GIF did not survive.
  expect(images.find((img) => img.alt === 'Low tide on the flats')?.width).toBe(1280);
  expect(images.some((img) => img.src.startsWith('data:'))).toBe(false);

  // The article's document itself forbids the network, whatever it contained.
  const csp = await shell.page.evaluate(async () => {
    const frame = document.querySelector<HTMLIFrameElement>('iframe.reader-frame')!;
    const response = await fetch(frame.src);
    return { csp: response.headers.get('content-security-policy') ?? '', sandbox: frame.getAttribute('sandbox') ?? '' };
  });
  expect(csp.sandbox).not.toContain('allow-scripts');
  expect(csp.csp).toMatch(/default-src 'none'/);
  expect(csp.csp).not.toMatch(/https?:|\*/);

  await shell.page.evaluate(() => {
    const doc = document.querySelector<HTMLIFrameElement>('iframe.reader-frame')!.contentDocument!;
    doc.querySelector('img[alt="Low tide on the flats"]')!.scrollIntoView({ block: 'end' });
  });
  await reader.screenshot('capture-offline-reader-pictures');
  await shell.page.evaluate(() => document.querySelector<HTMLIFrameElement>('iframe.reader-frame')!.contentWindow!.scrollTo(0, 0));
  await reader.screenshot('capture-offline-reader');
  expect(leaks).toEqual([]);
  expect([...site.hits.values()].reduce((a, b) => a + b, 0)).toBe(hitsBefore);
});
