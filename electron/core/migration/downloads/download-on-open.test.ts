import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { ArticlePage } from '../../../shared/models.ts';
import { createCore } from '../../create-core.ts';
import { startTestServer, type TestServer } from '../../capture/testing/test-server.ts';
import { libraryWith, linkRecord, sendPage, storyPage } from './testing/download-fixture.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const capture = { page: { allowPrivateNetwork: true }, images: { allowPrivateNetwork: true } };

test('the CLI opens a library without downloading; the app downloads on open, and the text becomes searchable', async () => {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  server.route('/on-open', async (_req, res) => {
    await gate;
    sendPage(res, storyPage('On open', 'The lighthouse keeper counted the gulls.'));
  });
  // Title, author and site as the page will give them: only the body changes, and search must still see it.
  const record = linkRecord(server.url('/on-open'), { title: 'On open', byline: 'Ada Fixture' });
  const seeded = await libraryWith([record]);
  await seeded.library.close();

  const cli = await createCore({ dataDir: seeded.dataDir, rendererDir: '', owner: 'a test', capture, resumeCaptures: false });
  await new Promise((resolve) => setTimeout(resolve, 100));
  assert.equal(server.hits.get('/on-open'), undefined, 'no background work in the CLI');
  assert.deepEqual(await cli.dispatch('downloads.status', {}), { ok: true, value: { queued: 1, active: 0, failed: 0, done: 0, paused: false, perMinute: null, secondsLeft: null } });
  await cli.close();

  const app = await createCore({ dataDir: seeded.dataDir, rendererDir: '', owner: 'a test', capture, resumeCaptures: true });
  const search = async () => {
    const result = await app.dispatch('articles.list', { offset: 0, limit: 10, sort: 'relevance', filter: 'all', query: 'lighthouse gulls' });
    assert.ok(result.ok);
    return (result.value as ArticlePage).items.map((item) => item.id);
  };
  assert.deepEqual(await search(), [], 'indexed while it had no text');
  const done = new Promise<void>((resolve) => app.events.on((event) => event.name === 'downloads.changed' && event.payload.done === 1 && resolve()));
  release();
  await done;
  assert.deepEqual(await search(), [record.id]);
  const article = await app.dispatch('articles.get', { id: record.id });
  assert.ok(article.ok && article.value.download === undefined && article.value.wordCount > 0);
  await app.close();
});
