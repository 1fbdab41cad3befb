import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runLectern } from '../testing/run-lectern.ts';
import { tempDir } from '../../core/testing/temp-dir.ts';
import { importFileBytes } from '../../core/importers/import-content.ts';

const lectern = (args: string[], stdin = '') => runLectern(args, { stdin });

const STORY = 'The lighthouse keeper\n\nEvery evening she climbed the hundred steps, checked that a < b and <b>not bold</b>, and lit the lamp.\n\nIn the morning she slept.\n';

test('extract on a .txt keeps what add keeps: the text as text, not parsed as HTML', async () => {
  const dir = await tempDir();
  const file = join(dir, 'story.txt');
  await writeFile(file, STORY);
  const result = await lectern(['extract', file]);
  assert.equal(result.code, 0, result.err);
  const article = JSON.parse(result.out) as { title: string; text: string; html: string };
  const added = importFileBytes('story.txt', new TextEncoder().encode(STORY));
  assert.equal(article.title, 'The lighthouse keeper');
  assert.equal(article.title, added.title);
  assert.equal(article.text, added.text);
  assert.equal(article.html, added.html);
  assert.ok(article.text.includes('a < b and <b>not bold</b>'), article.text);
});

test('extract on Markdown, a file named without an extension, and text on stdin read them as add does', async () => {
  const dir = await tempDir();
  const markdown = join(dir, 'notes.md');
  await writeFile(markdown, '# Field notes\n\nThe **heron** waited.\n');
  const md = JSON.parse((await lectern(['extract', markdown])).out) as { title: string; html: string };
  assert.equal(md.title, 'Field notes');
  assert.match(md.html, /<strong>heron<\/strong>/);

  const bare = join(dir, 'README');
  await writeFile(bare, STORY);
  const fromBare = JSON.parse((await lectern(['extract', bare])).out) as { text: string };
  assert.ok(fromBare.text.includes('<b>not bold</b>'));

  const piped = await lectern(['extract', '-'], STORY);
  assert.equal(piped.code, 0, piped.err);
  assert.ok((JSON.parse(piped.out) as { text: string }).text.includes('<b>not bold</b>'));
});
