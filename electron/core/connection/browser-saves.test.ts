// What a paired browser saves, through a real core and real HTTP: pages as the reader saw them (pictures
// sent as bytes), links through the capture queue, selections as highlights, and no second copies.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { AnchoredHighlight, Article, CaptureOutcome } from '../../shared/models.ts';
import { startTestServer, type TestServer } from '../capture/testing/test-server.ts';
import { makePng } from '../capture/testing/tiny-images.ts';
import { connectedCore } from './testing/connected-core.ts';

let server: TestServer;
before(async () => (server = await startTestServer()));
after(() => server.close());

const paragraph = 'The script on this page wrote these words after it loaded, so only the browser ever saw them. ';
const renderedPage = (title: string) =>
  `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1>${`<p>${paragraph}</p>`.repeat(8)}` +
  '<p>The bridge over the river was painted red in the spring.</p><img src="/members/photo.png" alt="A photo behind a login"></article></body></html>';
type Saved = { articleId: string; title: string; existing: boolean; highlightId?: string };

test('a page sent with its html and a picture as bytes becomes an article with that text and a local picture', async () => {
  const { http, pair, dataDir, call } = await connectedCore();
  const token = await pair();
  const url = server.url('/members/story');
  const photo = makePng(32, 20, [90, 30, 160]);
  const reply = await http('POST', '/save', { token, body: { kind: 'page', url, title: 'Members only', html: renderedPage('Members only'), images: [{ url: server.url('/members/photo.png'), contentType: 'image/png', dataBase64: Buffer.from(photo).toString('base64') }] } });
  assert.equal(reply.status, 200, JSON.stringify(reply.json));
  const saved = reply.json as Saved;
  assert.deepEqual([saved.title, saved.existing], ['Members only', false]);
  const body = await readFile(join(dataDir, 'articles', saved.articleId, 'body.html'), 'utf8');
  assert.match(body, /only the browser ever saw them/);
  assert.match(body, new RegExp(`src="/articles/${saved.articleId}/assets/[0-9a-f]+\\.png"`));
  const assets = await readdir(join(dataDir, 'articles', saved.articleId, 'assets'));
  assert.deepEqual(await readFile(join(dataDir, 'articles', saved.articleId, 'assets', assets[0]!)), Buffer.from(photo));
  assert.equal(server.hits.get('/members/photo.png') ?? 0, 0, 'the picture sent was not fetched');
  assert.equal((await call<Article>('articles.get', { id: saved.articleId })).source.value, url);

  // The same page again (another fragment and a tracking parameter): the article already there.
  const again = (await http('POST', '/save', { token, body: { kind: 'page', url: `${url}?utm_source=feed#top`, html: renderedPage('Members only') } })).json as Saved;
  assert.deepEqual(again, { articleId: saved.articleId, title: 'Members only', existing: true });
  assert.equal((await readdir(join(dataDir, 'articles'))).length, 1, 'no second copy');
});

test('a link goes through the capture queue; one the app cannot fetch is pending', async () => {
  const { http, pair, call } = await connectedCore();
  const token = await pair();
  const saved = (await http('POST', '/save', { token, body: { kind: 'link', url: server.url('/simple') } })).json as Saved;
  assert.equal(saved.existing, false);
  assert.equal((await call<Article>('articles.get', { id: saved.articleId })).title, 'A simple story');
  const pending = await http('POST', '/save', { token, body: { kind: 'link', url: server.url('/500') } });
  assert.equal((pending.json as { pending: boolean }).pending, true);
  assert.match((pending.json as { message: string }).message, /had a problem answering \(error 500\)/);
  assert.deepEqual((await call<{ url: string }[]>('pending.list')).map((item) => item.url), [server.url('/500')]);
  // The page itself, sent by the browser that could open it: saved, and the link no longer waits.
  const page = (await http('POST', '/save', { token, body: { kind: 'page', url: server.url('/500'), html: renderedPage('Open in the browser') } })).json as Saved;
  assert.equal(page.title, 'Open in the browser');
  assert.deepEqual(await call('pending.list'), []);
});

test('a selection becomes a highlight placed by its quote, on a new or an existing article', async () => {
  const { http, pair, call } = await connectedCore();
  const token = await pair();
  const url = server.url('/bridges');
  const quote = 'painted red in the spring';
  const first = (await http('POST', '/save', { token, body: { kind: 'selection', url, html: renderedPage('Bridges'), selection: { text: quote } } })).json as Saved;
  assert.equal(first.existing, false);
  const [highlight] = await call<AnchoredHighlight[]>('highlights.list', { articleId: first.articleId });
  assert.equal(highlight?.id, first.highlightId);
  assert.equal(highlight?.selectors[0].exact, quote);
  assert.equal(highlight?.orphaned, false, 'placed in the text');

  const second = (await http('POST', '/save', { token, body: { kind: 'selection', url, selection: { text: 'The bridge over the river' } } })).json as Saved;
  assert.deepEqual([second.articleId, second.existing], [first.articleId, true]);
  const same = (await http('POST', '/save', { token, body: { kind: 'selection', url, selection: { text: quote } } })).json as Saved;
  assert.equal(same.highlightId, first.highlightId, 'a passage highlighted already is not highlighted twice');
  assert.equal((await call<AnchoredHighlight[]>('highlights.list', { articleId: first.articleId })).length, 2);
});

test('undo takes back only this browser’s own new save; tags go on what it saved', async () => {
  const { http, pair, call } = await connectedCore();
  const token = await pair('Firefox');
  const other = await pair('Chromium');
  const saved = (await http('POST', '/save', { token, body: { kind: 'page', url: server.url('/notes'), html: renderedPage('Notes') } })).json as Saved;

  const tagged = await http('POST', '/tags', { token, body: { articleId: saved.articleId, tags: ['Reading list', 'bridges'] } });
  assert.deepEqual(tagged.json, { tags: ['Reading list', 'bridges'] });
  assert.deepEqual((await http('GET', '/tags', { token })).json, { tags: ['bridges', 'Reading list'] });
  assert.equal((await http('POST', '/tags', { token: other, body: { articleId: saved.articleId, tags: ['x'] } })).status, 403);

  // Answered with the existing article, the other browser may tag it but not delete it.
  await http('POST', '/save', { token: other, body: { kind: 'link', url: server.url('/notes') } });
  assert.equal((await http('POST', '/undo', { token: other, body: { articleId: saved.articleId } })).status, 403);
  assert.deepEqual((await http('POST', '/undo', { token, body: { articleId: saved.articleId } })).json, { undone: true });
  const gone = await articleLookup(call, saved.articleId);
  assert.match(gone, /NOT_FOUND/);
});

async function articleLookup(call: <T>(method: string, input?: unknown) => Promise<T>, id: string): Promise<string> {
  return call('articles.get', { id }).then(() => 'found', (error: Error) => error.message);
}

test('a save body that is not one is refused with a sentence naming the field', async () => {
  const { http, pair } = await connectedCore();
  const token = await pair();
  const bad = await http('POST', '/save', { token, body: { kind: 'page', url: 'javascript:alert(1)', html: '<p>x</p>' } });
  assert.equal(bad.status, 400);
  assert.match((bad.json as { error: { message: string } }).error.message, /url must be an http or https address/);
  const noHtml = await http('POST', '/save', { token, body: { kind: 'page', url: server.url('/nothing') } });
  assert.equal(noHtml.status, 400);
  assert.match((noHtml.json as { error: { message: string } }).error.message, /Send the page’s html/);
});

test('a lectern-save:// link adds its link through the capture queue and tells the window', async () => {
  const { call, events } = await connectedCore();
  const outcome = await call<CaptureOutcome>('articles.addFromSaveLink', { link: `lectern-save://add?url=${encodeURIComponent(server.url('/gzip'))}` });
  assert.ok(outcome.ok);
  const finished = events.find((event) => event.name === 'import.finished');
  assert.deepEqual(finished?.payload, { added: [{ id: outcome.article.id, title: 'Gzipped story' }], failed: [] });
  await assert.rejects(call('articles.addFromSaveLink', { link: 'lectern-save://add?url=javascript%3Aalert(1)' }), /INVALID_URL .*only http and https pages/);
});
