import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import type { AnchoredHighlight, HighlightColor } from '../../electron/shared/models.ts';
import { createMarkLayer } from './mark-layer.ts';

function setup() {
  const { document } = parseHTML('<html><head></head><body><div id="article-body"><p>One <b>two</b> three.</p>\n<p>Four five.</p></div></body></html>');
  const body = document.getElementById('article-body') as unknown as HTMLElement;
  const layer = createMarkLayer(document as unknown as Document, body);
  return { document, body, layer, text: body.textContent ?? '', html: body.innerHTML };
}

function highlight(id: string, text: string, from: string, to: string, color: HighlightColor = 'yellow', note = ''): AnchoredHighlight {
  const start = text.indexOf(from);
  const end = text.indexOf(to, start) + to.length;
  return {
    id,
    articleId: 'a-1',
    color,
    note,
    tags: [],
    selectors: [
      { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start, end },
    ],
    createdAt: '',
    updatedAt: '',
    start,
    end,
    orphaned: false,
  };
}

const joined = (marks: HTMLElement[]) => marks.map((m) => m.textContent).join('');

test('paints placed highlights, skips orphans, and injects its stylesheet once', () => {
  const { document, layer, text } = setup();
  const orphan = { ...highlight('h-3', text, 'One', 'One'), start: null, end: null, orphaned: true };
  layer.paintAll([highlight('h-1', text, 'two', 'Four'), highlight('h-2', text, 'three', 'three', 'green', 'why'), orphan]);
  assert.equal(joined(layer.marksOf('h-1')), 'two three.Four');
  assert.equal(layer.marksOf('h-2')[0]?.dataset.color, 'green');
  assert.ok(layer.marksOf('h-2').every((m) => 'hasNote' in m.dataset));
  assert.deepEqual(layer.marksOf('h-3'), []);
  assert.equal(document.querySelectorAll('#lectern-highlight-styles').length, 1);
  createMarkLayer(document as unknown as Document, document.getElementById('article-body') as unknown as HTMLElement);
  assert.equal(document.querySelectorAll('#lectern-highlight-styles').length, 1);
});

test('the innermost highlight answers a click; restyle and remove touch only their own marks', () => {
  const { body, layer, text, html } = setup();
  layer.paintAll([highlight('h-1', text, 'One', 'three.')]);
  layer.paint(highlight('h-2', text, 'two', 'two', 'pink'));
  const inner = layer.marksOf('h-2')[0] as HTMLElement;
  assert.equal(layer.idAt(inner.firstChild?.parentNode as EventTarget), 'h-2');
  assert.equal(layer.idAt(body), null);
  layer.restyle('h-1', 'blue', true);
  assert.ok(layer.marksOf('h-1').every((m) => m.dataset.color === 'blue' && 'hasNote' in m.dataset));
  assert.equal(inner.dataset.color, 'pink');
  layer.remove('h-1');
  assert.equal(joined(layer.marksOf('h-2')), 'two');
  assert.equal(body.textContent, text);
  layer.remove('h-2');
  assert.equal(body.innerHTML, html);
});

test('paintAll replaces what was painted before', () => {
  const { body, layer, text } = setup();
  layer.paintAll([highlight('h-1', text, 'One', 'two')]);
  layer.paintAll([highlight('h-2', text, 'Four', 'five')]);
  assert.deepEqual(layer.marksOf('h-1'), []);
  assert.equal(body.querySelectorAll('mark').length, 1);
  layer.setActive('h-2');
  assert.ok(layer.marksOf('h-2')[0]?.classList.contains('lectern-hl-active'));
  layer.setActive(null);
  assert.ok(!layer.marksOf('h-2')[0]?.classList.contains('lectern-hl-active'));
});
