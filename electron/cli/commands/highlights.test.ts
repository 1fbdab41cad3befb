import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { articleText } from '../../core/annotations/article-text.ts';
import { createCore } from '../../core/create-core.ts';
import { tempDir } from '../../core/testing/temp-dir.ts';
import type { AnchoredHighlight, HighlightColor } from '../../shared/models.ts';
import { runLectern } from '../testing/run-lectern.ts';

const lectern = (args: string[]) => runLectern(args);

const STORY = 'The lighthouse keeper\n\nEvery evening she climbed the hundred steps and lit the lamp before the fog came in.\n\nShips passed safely all winter.';

/** A library with one article and two highlights made through core, as the reader would. */
async function libraryWithHighlights() {
  const dataDir = await tempDir();
  const file = join(dataDir, 'story.txt');
  await writeFile(file, STORY);
  const { out: id } = await lectern(['add', file, '--data-dir', dataDir]);
  const text = articleText(await readFile(join(dataDir, 'articles', id, 'body.html'), 'utf8'));
  const core = await createCore({ dataDir, rendererDir: '' });
  const highlight = async (words: string, extra: { color: HighlightColor; note?: string; tags?: string[] }) => {
    const start = text.indexOf(words);
    assert.ok(start >= 0, `"${words}" is in the article`);
    const result = await core.dispatch('highlights.create', { articleId: id, start, end: start + words.length, ...extra });
    assert.ok(result.ok, JSON.stringify(result));
    return result.value;
  };
  const ships = await highlight('Ships passed safely', { color: 'blue' });
  const lamp = await highlight('lit the lamp before the fog came in', { color: 'green', note: 'The *whole* job.\nEvery night.', tags: ['work', 'night'] });
  await core.close();
  return { dataDir, id, lamp, ships };
}

test('lectern highlights prints each highlight in reading order with color, quote, note and tags', async () => {
  const { dataDir, id, lamp, ships } = await libraryWithHighlights();
  const listed = await lectern(['highlights', id, '--data-dir', dataDir]);
  assert.equal(listed.code, 0, listed.err);
  assert.equal(
    listed.out,
    [
      'The lighthouse keeper — 2 highlights\n',
      '[green] “lit the lamp before the fog came in”\n    The *whole* job.\n    Every night.\n    #work #night\n\n[blue] “Ships passed safely”',
    ].join('\n'),
  );

  const json = await lectern(['highlights', id, '--json', '--data-dir', dataDir]);
  assert.equal(json.code, 0, json.err);
  assert.deepEqual((JSON.parse(json.out) as AnchoredHighlight[]).map((h) => h.id), [lamp.id, ships.id]);
});

test('lectern highlights explains a missing id, too many ids, and an unknown article', async () => {
  const { dataDir } = await libraryWithHighlights();
  assert.equal((await lectern(['highlights', '--data-dir', dataDir])).code, 2);
  assert.equal((await lectern(['highlights', 'aaa-1', 'bbb-2', '--data-dir', dataDir])).code, 2);
  const unknown = await lectern(['highlights', 'a0000000-0000-0000-0000-000000000000', '--data-dir', dataDir]);
  assert.equal(unknown.code, 1);
  assert.match(unknown.err, /No article with id/);
});

test('lectern export gives notes and highlights as Markdown, the body with --with-body, and W3C annotations', async () => {
  const { dataDir, id, lamp } = await libraryWithHighlights();
  const markdown = await lectern(['export', id, '--data-dir', dataDir]);
  assert.equal(markdown.code, 0, markdown.err);
  assert.match(markdown.out, /^---\ntitle: The lighthouse keeper\n[\s\S]*tags:\n {2}- work\n {2}- night\n---/);
  assert.match(markdown.out, /## Highlights\n\n> lit the lamp before the fog came in\n\nThe \*whole\* job\.\nEvery night\.\n\n#work #night \[Open in Lectern\]/);
  assert.ok(markdown.out.includes(`(lectern://app/articles/${id}#highlight-${lamp.id})`));
  assert.doesNotMatch(markdown.out, /hundred steps/, 'no body without --with-body');

  const withBody = await lectern(['export', id, '--with-body', '--data-dir', dataDir]);
  assert.match(withBody.out, /## Article\n\n[\s\S]*Every evening she climbed the hundred steps/);

  const annotations = await lectern(['export', id, '--format', 'annotations', '--data-dir', dataDir]);
  assert.equal(annotations.code, 0, annotations.err);
  const doc = JSON.parse(annotations.out);
  assert.equal(doc['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.deepEqual(
    doc.first.items.map((a: { target: { selector: { exact?: string }[] } }) => a.target.selector[0]?.exact),
    ['lit the lamp before the fog came in', 'Ships passed safely'],
  );
  assert.equal(doc.first.items[0].target.source, `urn:lectern:article:${id}`);

  const wrong = await lectern(['export', id, '--format', 'json', '--with-body', '--data-dir', dataDir]);
  assert.equal(wrong.code, 2);
  assert.equal((await lectern(['export', id, '--format', 'pdf', '--data-dir', dataDir])).code, 2);
});
