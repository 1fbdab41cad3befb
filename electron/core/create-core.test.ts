import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createCore } from './create-core.ts';
import { createBackup } from './library/backups.ts';
import { tempDir } from './testing/temp-dir.ts';
import type { LibraryState } from '../shared/models.ts';

async function open(dataDir: string, rendererDir = '') {
  return createCore({ dataDir, rendererDir, owner: 'a test', undoWindowMs: 50, progressFlushMs: 10 });
}

const ARTICLE_TEXT = 'A quiet morning\n\nThe river ran slowly past the mill, and nobody was in a hurry to be anywhere.\n\nBy noon the light had changed.';

test('dispatch validates every input and explains what is wrong', async () => {
  const core = await open(await tempDir());
  const unknown = await core.dispatchUntyped('articles.explode', {});
  assert.deepEqual(unknown.ok ? null : unknown.code, 'UNKNOWN_METHOD');
  const bad = await core.dispatchUntyped('articles.list', { offset: -1, limit: 10, sort: 'saved', filter: 'all' });
  assert.equal(bad.ok, false);
  if (!bad.ok) {
    assert.equal(bad.code, 'INVALID_INPUT');
    assert.match(bad.message, /offset/);
  }
  const badId = await core.dispatchUntyped('articles.get', { id: '../../etc/passwd' });
  assert.equal(badId.ok ? null : badId.code, 'INVALID_INPUT');
  const missing = await core.dispatch('articles.get', { id: 'a0000000-0000-0000-0000-000000000000' });
  assert.equal(missing.ok ? null : missing.code, 'NOT_FOUND');
  await core.close();
});

test('pasted text becomes an article that reopens with its note and progress', async () => {
  const dataDir = await tempDir();
  const core = await open(dataDir);
  const added = await core.dispatch('articles.importText', { text: ARTICLE_TEXT, format: 'text' });
  assert.ok(added.ok);
  const id = added.value.id;
  assert.ok((await core.dispatch('notes.save', { id, note: 'Read again in spring.' })).ok);
  assert.ok((await core.dispatch('progress.save', { id, fraction: 0.5, anchor: { block: 1, offset: 20 } })).ok);
  await core.close();

  const reopened = await open(dataDir);
  const article = await reopened.dispatch('articles.get', { id });
  assert.ok(article.ok);
  const value = article.value as { note: string; progress: { anchor: unknown } };
  assert.equal(value.note, 'Read again in spring.');
  assert.deepEqual(value.progress.anchor, { block: 1, offset: 20 });
  await reopened.close();
});

test('a corrupt library is never overwritten and can be restored from a backup', async () => {
  const dataDir = await tempDir();
  const core = await open(dataDir);
  await core.dispatch('articles.importText', { text: ARTICLE_TEXT, format: 'text' });
  // Closing after a write takes the library's first backup (every library gets them, the CLI's too).
  await core.close();
  await writeFile(join(dataDir, 'library.json'), '{"schemaVersion":1,"articles":[{"id":');

  const broken = await open(dataDir);
  const status = await broken.dispatch('library.status', {});
  const state = (status.ok ? status.value : null) as LibraryState;
  assert.equal(state.state, 'corrupt');
  if (state.state === 'corrupt') {
    assert.match(state.message, /library\.json is damaged/);
    assert.equal(state.backups.length, 1);
  }
  const write = await broken.dispatch('articles.importText', { text: ARTICLE_TEXT, format: 'text' });
  assert.equal(write.ok ? null : write.code, 'DATABASE_CORRUPT');
  const settings = await broken.dispatch('settings.get', {});
  assert.ok(settings.ok);
  assert.equal(await readFile(join(dataDir, 'library.json'), 'utf8'), '{"schemaVersion":1,"articles":[{"id":');

  const backups = await broken.dispatch('library.listBackups', {});
  const backupId = (backups.ok ? (backups.value as { id: string }[]) : [])[0]?.id ?? '';
  const restored = await broken.dispatch('library.restoreBackup', { backupId });
  assert.ok(restored.ok);
  assert.equal((restored.value as LibraryState).state, 'ok');
  const list = await broken.dispatch('articles.list', { offset: 0, limit: 10, sort: 'saved', filter: 'all' });
  assert.equal(list.ok ? (list.value as { total: number }).total : -1, 1);
  const aside = (await readdir(dataDir)).filter((name) => name.startsWith('damaged-'));
  assert.equal(aside.length, 1);
  assert.equal(await readFile(join(dataDir, aside[0] ?? '', 'library.json'), 'utf8'), '{"schemaVersion":1,"articles":[{"id":');
  await broken.close();
});

test('a second core on the same folder reports the lock instead of writing', async () => {
  const dataDir = await tempDir();
  const first = await open(dataDir);
  const second = await createCore({ dataDir, rendererDir: '', owner: 'the lectern command' });
  const status = await second.dispatch('library.status', {});
  assert.equal(status.ok && (status.value as LibraryState).state, 'locked');
  const write = await second.dispatch('articles.importText', { text: ARTICLE_TEXT, format: 'text' });
  assert.equal(write.ok ? null : write.code, 'LIBRARY_LOCKED');
  await first.close();
  const retried = await second.dispatch('library.status', {});
  assert.equal(retried.ok && (retried.value as LibraryState).state, 'ok');
  assert.ok((await second.dispatch('articles.importText', { text: ARTICLE_TEXT, format: 'text' })).ok);
  await second.close();
});

test('delete hides at once, undo brings it back, and the files go only after the window', async () => {
  const dataDir = await tempDir();
  const core = await open(dataDir);
  const events: string[] = [];
  core.events.on((event) => events.push(event.name));
  const added = await core.dispatch('articles.importText', { text: ARTICLE_TEXT, format: 'text' });
  const id = added.ok ? added.value.id : '';
  assert.ok((await core.dispatch('articles.delete', { id })).ok);
  assert.ok((await core.dispatch('articles.undoDelete', { id })).ok);
  assert.ok((await core.dispatch('articles.delete', { id })).ok);
  assert.deepEqual(await readdir(join(dataDir, 'articles')), [id]);
  // Past the promised window (50 ms) an undo still works for a while; the files go after twice that.
  await new Promise((resolve) => setTimeout(resolve, 70));
  assert.ok((await core.dispatch('articles.undoDelete', { id })).ok);
  assert.ok((await core.dispatch('articles.delete', { id })).ok);
  await new Promise((resolve) => setTimeout(resolve, 250));
  assert.deepEqual(await readdir(join(dataDir, 'articles')), []);
  assert.ok(events.includes('library.changed'));
  await core.close();
});

test('the app protocol serves the renderer, article documents with a no-network CSP, and nothing outside', async () => {
  const dataDir = await tempDir();
  const rendererDir = join(dataDir, 'renderer');
  await mkdir(rendererDir);
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Lectern</title>');
  await writeFile(join(dataDir, 'secret.txt'), 'do not serve');
  const core = await open(join(dataDir, 'library'), rendererDir);
  const added = await core.dispatch('articles.importText', { text: '<p>Hello <b>there</b></p><script>alert(1)</script>', format: 'html', title: 'Hi' });
  const id = added.ok ? added.value.id : '';

  const index = await core.handleAppRequest(new Request('lectern://app/'));
  assert.equal(index.status, 200);
  assert.match(index.headers.get('content-security-policy') ?? '', /script-src 'self'/);

  const doc = await core.handleAppRequest(new Request(`lectern://app/articles/${id}/document`));
  assert.equal(doc.status, 200);
  const csp = doc.headers.get('content-security-policy') ?? '';
  assert.match(csp, /default-src 'none'/);
  assert.doesNotMatch(csp, /script-src/);
  const html = await doc.text();
  assert.match(html, /<div class="article-body" id="article-body">/);
  assert.doesNotMatch(html, /<script>alert/);

  for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', `/articles/${id}/assets/..%2f..%2f..%2fsecret.txt`]) {
    const response = await core.handleAppRequest(new Request(`http://127.0.0.1${path}`));
    assert.equal(response.status, 404, path);
  }
  const post = await core.handleAppRequest(new Request('lectern://app/', { method: 'POST' }));
  assert.equal(post.status, 405);
  await core.close();
});

test('damaged progress or settings are set aside and the library still opens', async () => {
  const dataDir = await tempDir();
  const core = await open(dataDir);
  const added = await core.dispatch('articles.importText', { text: ARTICLE_TEXT, format: 'text' });
  const id = added.ok ? added.value.id : '';
  await core.close();
  await writeFile(join(dataDir, 'progress.json'), '');
  await writeFile(join(dataDir, 'settings.json'), '{"theme":');

  const reopened = await open(dataDir);
  const status = await reopened.dispatch('library.status', {});
  assert.equal(status.ok && (status.value as LibraryState).state, 'ok');
  assert.ok((await reopened.dispatch('articles.get', { id })).ok);
  const names = await readdir(dataDir);
  assert.ok(names.some((name) => name.startsWith('progress.json.damaged-')));
  assert.ok(names.some((name) => name.startsWith('settings.json.damaged-')));
  await reopened.close();
});

test('a damaged highlights file is reported with the restore offer, and no backup copies it', async () => {
  const dataDir = await tempDir();
  const core = await open(dataDir);
  await core.dispatch('articles.importText', { text: ARTICLE_TEXT, format: 'text' });
  await core.close();
  await writeFile(join(dataDir, 'highlights.json'), '{"byArticle": {');
  assert.equal(await createBackup(dataDir), null);

  const reopened = await open(dataDir);
  const status = await reopened.dispatch('library.status', {});
  const state = (status.ok ? status.value : null) as LibraryState;
  assert.equal(state.state, 'corrupt');
  if (state.state === 'corrupt') assert.match(state.message, /highlights\.json is damaged/);
  await reopened.close();
});

test('a broken %-escape in a request is answered with 400, and a blank title is refused', async () => {
  const core = await open(await tempDir());
  const response = await core.handleAppRequest(new Request('http://127.0.0.1/%E0%A4%A'));
  assert.equal(response.status, 400);
  const added = await core.dispatch('articles.importText', { text: ARTICLE_TEXT, format: 'text' });
  const id = added.ok ? added.value.id : '';
  const renamed = await core.dispatch('articles.update', { id, patch: { title: '   ' } });
  assert.equal(renamed.ok ? null : renamed.code, 'INVALID_INPUT');
  await core.close();
});

test('a single import fails through its Result, and a batch reports each file by its code', async () => {
  const dataDir = await tempDir();
  const core = await open(dataDir);
  const png = Buffer.from('\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000', 'latin1');
  const file = await core.dispatch('articles.importFile', { name: 'photo.png', dataBase64: png.toString('base64') });
  assert.equal(file.ok, false, JSON.stringify(file));
  if (!file.ok) assert.match(file.message, /photo\.png|image/i);
  const text = await core.dispatch('articles.importText', { text: '<p> </p>', format: 'html' });
  assert.equal(text.ok, false, JSON.stringify(text));

  await writeFile(join(dataDir, 'note.md'), '# A note\n\nWorth keeping.');
  const batch = await core.dispatch('articles.importPaths', { paths: [join(dataDir, 'note.md'), join(dataDir, 'missing.md')] });
  assert.ok(batch.ok);
  const [kept, missing] = batch.value;
  assert.ok(kept?.ok && kept.article.title === 'A note');
  assert.ok(missing && !missing.ok);
  assert.equal(missing.code, 'NOT_FOUND');
  await core.close();
});
