// Proving it: the XSS corpus (electron/core/testing/xss-payloads.ts, 150+ payloads) goes in through every door
// the app has (HTML, Markdown and text files, file names, titles and bylines, a paste, a saved web page, another
// app's export, the browser connection, an article note, a highlight's note and tags), then the library, every
// article in the reader with its notes and highlights, the highlight editor and the notebook are shown with a
// trap in every frame. Nothing may run, nothing may even be refused by the browser (the sanitizers must have
// removed it first), and no request may leave the app's own origin. One article per door holds every payload,
// so the journey stays short.
import { extensionHeaders, freePorts, rawRequest } from '../../electron/core/connection/testing/connection-client.ts';
import { XSS_TRAP } from '../../electron/core/testing/xss-payloads.ts';
import { CapturePage } from '../pages/capture-page.ts';
import { ConnectionPage } from '../pages/connection-page.ts';
import { HighlightsPage } from '../pages/highlights-page.ts';
import { LibraryPage } from '../pages/library-page.ts';
import { MigrationPage } from '../pages/migration-page.ts';
import { NotebookPage } from '../pages/notebook-page.ts';
import { ReaderPage } from '../pages/reader-page.ts';
import { bookmarksHtml, pocketZip } from '../support/export-files.ts';
import { extensionRequests } from '../support/extension-requests.ts';
import { test, expect } from '../support/fixtures.ts';
import { CORPUS_PHRASE, corpusBodyHtml, corpusMarkdown, corpusPage, markdownWithFrontMatter, samplePayloads, wallabagCorpus } from '../support/xss-documents.ts';
import { startXssSite } from '../support/xss-site.ts';
import { armXssTrap, executableSurface } from '../support/xss-trap.ts';

test.use({ viewport: { width: 1280, height: 820 } });

interface Listed {
  id: string;
  title: string;
  wordCount: number;
  source: { value: string };
}

const [pageTitle, pageAuthor, siteTitle, siteAuthor, connectionTitle, connectionAuthor] = samplePayloads(6, 1);
// A name a file can really have: no slash (no system allows one) and no control characters.
const fileNames = samplePayloads(20, 2, (text) => !text.includes('/'));

test('no payload runs or reaches the network, whichever way it came in and wherever it is shown', async ({ launch }) => {
  test.setTimeout(240_000);
  const site = await startXssSite(corpusPage(siteTitle!, siteAuthor!));
  const shell = await launch({ allowLocalCaptures: true, connectionPorts: await freePorts(2) });
  const trap = await armXssTrap(shell.context, shell.page, new URL(shell.baseUrl).origin);
  const page = shell.page;
  const [library, reader, highlights, capture, notebook, migration, connection] = [
    new LibraryPage(page), new ReaderPage(page), new HighlightsPage(page), new CapturePage(page),
    new NotebookPage(page), new MigrationPage(page), new ConnectionPage(page),
  ];
  await library.waitReady();
  // The trap is wired: a call and an alert from the app's own window are caught (then set aside).
  await page.evaluate((name) => {
    (window as unknown as Record<string, (id: number) => void>)[name]!(0);
    setTimeout(() => alert('probe'));
  }, XSS_TRAP);
  await expect.poll(() => trap.findings().executions.length).toBe(2);
  expect(trap.findings().executions.splice(0).join('\n')).toMatch(/payload 0 ran[\s\S]*alert dialog: probe/);
  const listAll = async () => ((await library.invoke('articles.list', { offset: 0, limit: 500, sort: 'saved', filter: 'all' })) as { items: Listed[] }).items;
  const expectArticles = async (count: number) => expect.poll(async () => (await listAll()).length, { timeout: 30_000 }).toBe(count);
  // Soft: a failing run goes on to the end and lists every place and every trap finding at once.
  const checkSurface = async (where: string) => expect.soft(await executableSurface(page), where).toEqual([]);

  await test.step('files: a whole HTML page, Markdown and text holding every payload', async () => {
    await library.importFiles([
      { name: 'corpus.html', content: corpusPage(pageTitle!, pageAuthor!), mimeType: 'text/html' },
      { name: 'corpus.md', content: corpusMarkdown(), mimeType: 'text/markdown' },
      { name: 'corpus.txt', content: corpusMarkdown() },
    ]);
    await expectArticles(3);
  });

  await test.step('titles and bylines (front matter), file names (as titles, and in the failures list)', async () => {
    const titles = samplePayloads(20, 5);
    const bylines = samplePayloads(20, 9);
    await library.importFiles(titles.map((title, i) => ({ name: `byline-${i}.md`, content: markdownWithFrontMatter(title.text, bylines[i]!.text, CORPUS_PHRASE), mimeType: 'text/markdown' })));
    await expectArticles(23);
    // Half the names come in as titles (a text with no heading is named after its file), half fail as empty files.
    await library.importFiles(fileNames.map((payload, i) => ({ name: `${payload.text}.txt`, content: i % 2 ? '' : `${CORPUS_PHRASE}.` })));
    await expectArticles(33);
    await expect(library.importFailures).toBeVisible();
    await checkSurface('the library with the failures list');
  });

  await test.step('a paste: HTML from the clipboard, then plain text', async () => {
    await capture.paste(corpusMarkdown(), corpusBodyHtml());
    await expectArticles(34);
    await capture.paste(corpusMarkdown());
    await expectArticles(35);
  });

  await test.step('a page saved from the web (Ctrl+L)', async () => {
    await capture.addUrls([site.url('/corpus')]);
    await expectArticles(36);
    await checkSurface('the library after saving a page');
  });

  await test.step('other apps’ exports: Wallabag (text, tags, highlights with notes), bookmarks and Pocket (titles, quotes)', async () => {
    await library.invoke('downloads.pause', {});
    await migration.drop({ name: 'wallabag.json', content: wallabagCorpus(), mimeType: 'application/json' });
    await expect(migration.previewDialog('Wallabag')).toBeVisible({ timeout: 30_000 });
    await checkSurface('the Wallabag preview');
    await page.keyboard.press('Enter');
    await expectArticles(38);
    const links = samplePayloads(3, 13).map((payload, i) => ({ url: `https://bookmarks-corpus.example/${i}`, title: payload.text }));
    await migration.drop({ name: 'bookmarks.html', content: bookmarksHtml(samplePayloads(1, 17)[0]!.text, links), mimeType: 'text/html' });
    await expect(page.getByRole('dialog', { name: /^Import from/ })).toBeVisible({ timeout: 30_000 });
    await checkSurface('the bookmarks preview');
    await page.keyboard.press('Enter');
    await expectArticles(41);
    const saves = samplePayloads(2, 19).map((payload, i) => ({ url: `https://pocket-corpus.example/${i}`, title: payload.text, quotes: [payload.text] }));
    await migration.drop({ name: 'pocket.zip', content: await pocketZip(saves), mimeType: 'application/zip' });
    await expect(migration.previewDialog('Pocket')).toBeVisible({ timeout: 30_000 });
    await page.keyboard.press('Enter');
    await expectArticles(43);
    await checkSurface('the library after the imports');
  });

  await test.step('the browser connection: a hostile browser name, a saved page, a saved selection, tags', async () => {
    await connection.openFromAddMenu();
    const port = await connection.turnOn();
    await connection.press('Escape');
    const browser = extensionRequests(port);
    const asked = await browser.pair(samplePayloads(1, 23)[0]!.text);
    await expect(connection.pairingDialog).toBeVisible();
    await checkSurface('the pairing dialog');
    await connection.acceptShown();
    const token = (await browser.poll(asked.requestId)).body.token!;
    const send = async (path: string, body: unknown) => {
      const reply = await rawRequest(port, 'POST', path, { headers: extensionHeaders(port, token), body });
      expect(reply.status, `${path}: ${JSON.stringify(reply.json)}`).toBe(200);
      return reply.json as { articleId: string };
    };
    const html = corpusPage(connectionTitle!, connectionAuthor!);
    const saved = await send('/save', { kind: 'page', url: 'https://connection-corpus.example/page', html });
    await send('/save', { kind: 'selection', url: 'https://connection-corpus.example/selection', html, selection: { text: CORPUS_PHRASE } });
    await send('/tags', { articleId: saved.articleId, tags: samplePayloads(3, 29, (text) => text.length <= 60).map((payload) => payload.text) });
    await expectArticles(45);
    await connection.openFromAddMenu();
    await checkSurface('the paired browsers');
    await connection.press('Escape');
  });

  const articles = await listAll();
  const markdownArticle = articles.find((article) => article.source.value.endsWith('corpus.md'))!;

  await test.step('an article note and a highlight note holding every payload, shown in the editor too', async () => {
    await reader.open(markdownArticle.id);
    await reader.writeNote(corpusMarkdown());
    await expect(page.locator('.note-preview')).toContainText('Payload 1 follows');
    // Hard: a note shown unsanitized would cover the window (a fixed <div>) and steal focus, and nothing after works.
    expect((await executableSurface(page)).filter((line) => line.startsWith('app:')), 'the note preview').toEqual([]);
    const highlightId = await notebook.highlightInOpenArticle(markdownArticle.id, CORPUS_PHRASE, {
      note: corpusMarkdown(),
      tags: samplePayloads(3, 31, (text) => text.length <= 60).map((payload) => payload.text),
    });
    await reader.open(markdownArticle.id);
    await highlights.clickHighlight(highlightId);
    await expect(highlights.editor).toContainText('Payload 1 follows');
    await checkSurface('the highlight editor');
    await page.keyboard.press('Escape');
  });

  await test.step('the reader on every article that holds the corpus, and on a sample of the rest', async () => {
    // Titles, bylines and file names are one line each in the library's rows, read in full below; the reader
    // shows them again in its header, so a sample of those articles is opened too.
    const all = await listAll();
    const corpora = all.filter((article) => article.wordCount > 100);
    const sample = all.filter((article) => article.wordCount <= 100).filter((_, i) => i % 4 === 0);
    expect(corpora.length, 'articles holding the whole corpus').toBeGreaterThanOrEqual(10);
    for (const article of [...corpora, ...sample]) {
      await reader.invoke('settings.update', { lastOpenArticleId: article.id });
      await page.reload();
      await expect(page.locator('.reader[data-ready="true"]').or(migration.notDownloaded)).toBeVisible({ timeout: 25_000 });
      if (await migration.notDownloaded.isHidden()) {
        await reader.waitReady();
        if ((await reader.noteEditor().count()) === 0) await reader.openNotes();
      }
      await checkSurface(`the reader on "${article.title}"`);
    }
  });

  await test.step('every row of the library (titles, bylines, file names, tags), the sidebar, the palette and the notebook', async () => {
    await reader.invoke('settings.update', { lastOpenArticleId: null });
    await page.reload();
    await library.waitReady();
    await checkSurface('the library');
    // The list draws only the rows in sight: scroll it a screen at a time to the end.
    for (let more = true; more; ) {
      more = await library.rows.first().evaluate((row) => {
        let list = row.parentElement;
        while (list && list.scrollHeight <= list.clientHeight) list = list.parentElement;
        if (!list || list.scrollTop + list.clientHeight >= list.scrollHeight - 1) return false;
        list.scrollTop += list.clientHeight;
        return true;
      });
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      await checkSurface('the library, scrolled');
    }
    await page.keyboard.press('ControlOrMeta+K');
    await page.keyboard.type('xssHit');
    await expect(page.getByRole('listbox', { name: 'Commands and articles' }).getByRole('option').first()).toBeVisible();
    await checkSurface('the palette listing articles by title');
    await page.keyboard.press('Escape');
    await notebook.openFromLibrary();
    await expect(notebook.root).toContainText('Payload 1 follows');
    await checkSurface('the notebook');
  });

  const findings = trap.findings();
  expect.soft(findings.executions, 'payloads that ran').toEqual([]);
  expect.soft(findings.attempts, 'payloads the browser had to refuse (they got past the sanitizers)').toEqual([]);
  expect.soft(findings.leaks, 'requests that left the app').toEqual([]);
  test.info().annotations.push({ type: 'refused in the app window (DOMPurify’s inert parse of the notes)', description: String(findings.appRefusals.length) });
  expect(site.requests[0], 'the page was saved from the site').toBe('/corpus');
  await site.close();
});
