import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from './parse-document.ts';
import { pruneContent } from './prune-content.ts';
import { removeNoted, undoRemovals, type RemovalJournal } from './removal-journal.ts';

test('undoing a prune puts every removed element back where it was', () => {
  const doc = parseDocument(`<html><body><article id="a"><h1>Harbour at dawn</h1>
    <p class="byline">By <a rel="author" href="/k">Kim Lee</a></p>
    <p>The boats left before sunrise, and the harbour master counted them from the pier as they went.</p>
    <div class="share-buttons"><a href="/t">Tweet</a> <a href="/f">Share</a></div>
    <p>By noon the first of them were back, low in the water, and the market opened an hour early.</p>
    <div><span></span></div><h3>Related articles</h3><ul><li><a href="/x">Storm closes ferry</a></li></ul>
    <p>Subscribe to our newsletter</p></article></body></html>`);
  const article = doc.querySelector('#a')!;
  const before = article.innerHTML;
  const journal: RemovalJournal = [];
  pruneContent(article, { title: 'Harbour at dawn', journal });
  assert.ok(journal.length >= 5, `only ${journal.length} removals noted`);
  assert.doesNotMatch(article.innerHTML, /Tweet|Related|Subscribe|Kim Lee/);
  undoRemovals(journal);
  assert.equal(article.innerHTML, before);
  assert.equal(journal.length, 0);
});

test('removals inside an already removed element are undone in order too', () => {
  const doc = parseDocument('<html><body><div id="r"><p id="x">a</p><div id="box"><p id="y">b</p><p id="z">c</p></div><p id="w">d</p></div></body></html>');
  const root = doc.querySelector('#r')!;
  const before = root.innerHTML;
  const journal: RemovalJournal = [];
  const byId = Object.fromEntries(['x', 'box', 'y', 'z'].map((id) => [id, doc.querySelector(`#${id}`)!]));
  for (const id of ['z', 'box', 'y', 'x']) removeNoted(byId[id]!, journal);
  assert.equal(root.innerHTML, '<p id="w">d</p>');
  undoRemovals(journal);
  assert.equal(root.innerHTML, before);
});
