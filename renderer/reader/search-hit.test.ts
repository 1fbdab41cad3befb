import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { paintSearchHit } from './search-hit.ts';

function setup() {
  const { document } = parseHTML('<html><head></head><body><div id="article-body"><p>The river <em>bends</em> here.</p><p>Then the sea.</p></div></body></html>');
  const body = document.getElementById('article-body') as unknown as HTMLElement;
  return { doc: document as unknown as Document, body, text: body.textContent ?? '', html: body.innerHTML };
}

test('marks the passage across inline elements without changing the text, and clears it', () => {
  const { doc, body, text, html } = setup();
  const start = text.indexOf('river');
  const hit = paintSearchHit(doc, body, { start, end: text.indexOf(' here') });
  const marks = [...body.querySelectorAll('mark.lectern-search-hit')].map((m) => m.textContent);
  assert.deepEqual(marks, ['river ', 'bends']);
  assert.equal(hit.first?.textContent, 'river ');
  assert.equal(body.textContent, text, 'offsets stay valid while painted');
  assert.ok(doc.getElementById('lectern-search-hit-styles'));
  assert.equal(hit.clear(), true);
  assert.equal(hit.clear(), false);
  assert.equal(body.innerHTML, html);
});

test('a range beyond the text is clamped, never thrown', () => {
  const { doc, body, text } = setup();
  const hit = paintSearchHit(doc, body, { start: text.length + 50, end: text.length + 90 });
  assert.equal(hit.first, null);
  const tail = paintSearchHit(doc, body, { start: text.indexOf('sea'), end: 10_000 });
  assert.equal(tail.first?.textContent, 'sea.');
});
