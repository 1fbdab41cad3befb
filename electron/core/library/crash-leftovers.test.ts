import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Library } from './library.ts';
import { sampleArticle } from '../testing/sample-article.ts';
import { tempDir } from '../testing/temp-dir.ts';

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

test('opening moves partial article folders and temp files into one orphans folder and says so', async () => {
  const dir = await tempDir();
  const first = new Library(dir);
  await first.open();
  const kept = await first.add(sampleArticle({ title: 'Kept' }), { kind: 'pasted', value: 'x' });
  await first.close();
  // What a kill leaves: a folder with a body but no meta.json, one whose meta.json is torn, temp files.
  await mkdir(join(dir, 'articles', 'no-meta'), { recursive: true });
  await writeFile(join(dir, 'articles', 'no-meta', 'body.html'), '<p>half</p>');
  await mkdir(join(dir, 'articles', 'torn-meta'), { recursive: true });
  await writeFile(join(dir, 'articles', 'torn-meta', 'meta.json'), '{"id":"torn-me');
  await writeFile(join(dir, '.library.json.4242.7.tmp'), '{"articles":[');
  await writeFile(join(dir, 'articles', kept.id, '.body.html.4242.3.tmp'), '<p>');

  const library = new Library(dir);
  // After a crash (the session found a lock its holder never released) every folder is looked through.
  const opened = await library.open({ afterCrash: true });
  assert.match(opened.notice ?? '', /2 unfinished article folders and 2 unfinished temp files left by an interrupted write were moved to .*orphans-/);
  const orphans = (await readdir(dir)).filter((name) => name.startsWith('orphans-'));
  assert.equal(orphans.length, 1);
  const aside = join(dir, orphans[0] ?? '');
  assert.equal(await readFile(join(aside, 'articles', 'no-meta', 'body.html'), 'utf8'), '<p>half</p>');
  assert.ok(await exists(join(aside, 'articles', 'torn-meta', 'meta.json')));
  assert.ok(await exists(join(aside, '.library.json.4242.7.tmp')));
  assert.ok(await exists(join(aside, 'articles', kept.id, '.body.html.4242.3.tmp')));
  assert.ok(!(await exists(join(dir, 'articles', 'no-meta'))));
  assert.ok(!(await exists(join(dir, '.library.json.4242.7.tmp'))));
  // The whole article is untouched and still listed.
  assert.equal(library.get(kept.id).title, 'Kept');
  assert.ok(await exists(join(dir, 'articles', kept.id, 'body.html')));
  await library.close();

  // Said once: the next open finds nothing.
  const again = new Library(dir);
  assert.equal((await again.open()).notice, null);
  await again.close();
});

test('a folder with a whole meta.json is recovered, not moved aside', async () => {
  const dir = await tempDir();
  const first = new Library(dir);
  await first.open();
  const article = await first.add(sampleArticle({ title: 'Saved just before the kill' }), { kind: 'pasted', value: 'x' });
  await first.close();
  // As if killed before library.json was rewritten: the record exists only in meta.json.
  await writeFile(join(dir, 'library.json'), JSON.stringify({ schemaVersion: 1, articles: [] }));
  const library = new Library(dir);
  const opened = await library.open();
  assert.equal(opened.recovered, 1);
  assert.equal(opened.notice, '1 article saved just before a crash was brought back.');
  assert.equal(library.get(article.id).title, 'Saved just before the kill');
  assert.equal((await readdir(dir)).filter((name) => name.startsWith('orphans-')).length, 0);
  await library.close();
});

test('a library closed properly is not looked through folder by folder: only its top level and record-less folders', async () => {
  const dir = await tempDir();
  const first = new Library(dir);
  await first.open();
  const kept = await first.add(sampleArticle({ title: 'Kept' }), { kind: 'pasted', value: 'x' });
  await first.close();
  await writeFile(join(dir, '.library.json.4242.7.tmp'), '{"articles":[');
  await writeFile(join(dir, 'articles', kept.id, '.body.html.4242.3.tmp'), '<p>');
  const library = new Library(dir);
  const opened = await library.open();
  assert.match(opened.notice ?? '', /1 unfinished temp file left by an interrupted write was moved/);
  assert.ok(await exists(join(dir, 'articles', kept.id, '.body.html.4242.3.tmp')), 'inside article folders only after a crash');
  await library.close();
});
