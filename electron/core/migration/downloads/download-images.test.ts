import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { waitsForText } from '../../../shared/article-download.ts';
import { closedPort, startTestServer, type TestServer } from '../../capture/testing/test-server.ts';
import { importPlainTextContent } from '../../importers/text-importer.ts';
import { markRemoteImages } from '../image-markers.ts';
import { downloadEvents, libraryWith, queueFor } from './testing/download-fixture.ts';

const PROSE = 'The heron stood in the shallows all morning, and the river went on past it without a sound.';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

/** An imported text whose pictures are at these addresses, stored as an import leaves it: markers, waiting. */
async function importedWithPictures(urls: string[]) {
  const { library, dataDir, events } = await libraryWith([]);
  const html = `<p>${PROSE}</p>${urls.map((url, i) => `<figure><img src="${url}" alt="Picture ${i + 1}"></figure><p>${PROSE}</p>`).join('')}`;
  const marked = markRemoteImages(html, { baseUrl: server.url('/story'), handledNow: () => false });
  const summary = await library.add({ ...importPlainTextContent(`${PROSE}\n\n${PROSE}`, { title: 'The heron' }), html: marked.html }, { kind: 'url', value: server.url('/story') });
  await library.changeMany([summary.id], (record) => ({ ...record, download: { state: 'queued', attempts: 0, error: null, imagesOnly: true } }));
  return { library, dataDir, events, id: summary.id };
}

test('the queue fetches an imported text’s pictures: what arrives is stored, a dead one keeps a clean placeholder', async () => {
  const { library, dataDir, events, id } = await importedWithPictures([server.url('/img/plain.png'), server.url('/img/gone.png')]);
  const before = library.get(id);
  const queue = await queueFor(library, dataDir, events);
  const final = await queue.runUntilIdle();
  assert.deepEqual([final.done, final.failed, final.queued], [1, 0, 0]);
  assert.equal(server.hits.get('/story'), undefined, 'the text is not downloaded again');

  const article = library.get(id);
  assert.equal(article.download, undefined);
  assert.deepEqual([article.title, article.tags, article.excerpt], [before.title, before.tags, before.excerpt]);
  const body = await library.files.readBody(id);
  assert.match(body, new RegExp(`<img src="/articles/${id}/assets/[0-9a-f]+\\.png" alt="Picture 1">`));
  assert.match(body, /<span [^>]*class="image-missing"[^>]*>Image unavailable: Picture 2<\/span>/);
  assert.doesNotMatch(body, /data-lectern-image|not downloaded yet|127\.0\.0\.1/);
  assert.match(article.leadImage ?? '', new RegExp(`^/articles/${id}/assets/`));
  assert.doesNotMatch(await library.files.readText(id), /not downloaded yet/);
  assert.equal(downloadEvents(events).at(-1)?.done, 1);
});

test('pictures whose hosts cannot be reached are tried again, then left as placeholders and the article stops waiting', async () => {
  const port = await closedPort();
  const { library, dataDir, events, id } = await importedWithPictures([`http://127.0.0.1:${port}/a.png`, `http://127.0.0.1:${port}/b.png`]);
  const queue = await queueFor(library, dataDir, events, { retryDelaysMs: [10, 10] });
  const final = await queue.runUntilIdle();
  assert.deepEqual([final.failed, final.queued], [0, 0], 'never marked failed: the text was always readable');
  assert.equal(library.get(id).download, undefined);
  const body = await library.files.readBody(id);
  assert.equal(body.match(/Image unavailable: Picture \d/g)?.length, 2);
  assert.doesNotMatch(body, /data-lectern-image|<img/);
});

test('an article whose pictures wait counts as having its text (read, searched and highlighted like any other)', async () => {
  const { library, id } = await importedWithPictures([server.url('/img/plain.png')]);
  const article = library.get(id);
  assert.deepEqual(article.download, { state: 'queued', attempts: 0, error: null, imagesOnly: true });
  assert.equal(waitsForText(article.download), false);
  assert.equal(waitsForText({ state: 'queued', attempts: 0, error: null }), true);
});
