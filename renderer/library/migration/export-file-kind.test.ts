import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitDroppedFiles } from './export-file-kind.ts';

const file = (name: string, content = '') => new File([content], name);

test('.zip, .csv and .json are exports whatever they hold; Markdown and text are articles', async () => {
  const files = [file('pocket.zip'), file('essay.md', '# Hi'), file('Instapaper.CSV'), file('notes.txt'), file('karakeep.json', '{}')];
  const { exports, articles } = await splitDroppedFiles(files);
  assert.deepEqual(exports.map((f) => f.name), ['pocket.zip', 'Instapaper.CSV', 'karakeep.json']);
  assert.deepEqual(articles.map((f) => f.name), ['essay.md', 'notes.txt']);
});

test('an HTML file is an export only with a bookmark doctype or Pocket’s export title near its start', async () => {
  const bookmarks = file('bookmarks.html', '\ufeff<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<META HTTP-EQUIV="Content-Type">\n<TITLE>Bookmarks</TITLE>');
  const pocket = file('ril_export.htm', '<!DOCTYPE html>\n<html><head><title>Pocket Export</title></head><body><h1>Unread</h1>');
  const article = file('essay.html', '<!DOCTYPE html><html><head><title>An essay about Pocket Export files</title></head>');
  const late = file('long.html', `<!DOCTYPE html><p>${'x'.repeat(5000)}</p><title>Pocket Export</title>`);
  const { exports, articles } = await splitDroppedFiles([bookmarks, pocket, article, late]);
  assert.deepEqual(exports.map((f) => f.name), ['bookmarks.html', 'ril_export.htm']);
  assert.deepEqual(articles.map((f) => f.name), ['essay.html', 'long.html']);
});

test('a file without an extension stays with the article import', async () => {
  const { exports, articles } = await splitDroppedFiles([file('README', '<!DOCTYPE NETSCAPE-Bookmark-file-1>')]);
  assert.equal(exports.length, 0);
  assert.equal(articles.length, 1);
});
