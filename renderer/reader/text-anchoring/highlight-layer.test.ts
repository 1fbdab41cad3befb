import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { anchorAndPaint, describeSelection } from './highlight-layer.ts';
import { rangePointsFromTextOffsets } from './text-offsets.ts';
import { unwrap } from './paint-highlights.ts';

function article(html: string) {
  const { document } = parseHTML(`<html><body><div id="article-body">${html}</div></body></html>`);
  return { document, root: document.getElementById('article-body') as unknown as HTMLElement };
}

test('a selection is described, the article edited, and the highlight painted on the edited words', () => {
  const before = article('<p>The council met on <b>Tuesday</b> to discuss the bridge.</p><p>Nobody came.</p>');
  const text = before.root.textContent ?? '';
  const start = text.indexOf('met on');
  const selection = rangePointsFromTextOffsets(before.root, start, start + 'met on Tuesday to discuss'.length);
  const selectors = describeSelection(before.root, selection);
  assert.ok(selectors !== null);
  assert.equal(selectors[0].exact, 'met on Tuesday to discuss');

  const after = article('<p>Update.</p><p>The council met on <b>Tuesday</b> evening to discuss the bridge.</p><p>Nobody came.</p>');
  const html = after.root.innerHTML;
  const orphan = [{ type: 'TextQuoteSelector' as const, exact: 'a sentence that no longer exists anywhere', prefix: '', suffix: '' }];
  const { anchors, marks } = anchorAndPaint(after.root, [selectors, orphan], () => after.document.createElement('mark') as unknown as HTMLElement);
  assert.equal(anchors[0]?.method, 'fuzzy');
  assert.equal(anchors[1], null);
  assert.equal(marks[0]?.map((m) => m.textContent).join(''), 'met on Tuesday evening to discuss');
  assert.deepEqual(marks[1], []);
  unwrap(marks.flat());
  assert.equal(after.root.innerHTML, html);
});

test('collapsed and whitespace-only selections describe nothing', () => {
  const { root } = article('<p>One</p> <p>Two</p>');
  assert.equal(describeSelection(root, rangePointsFromTextOffsets(root, 2, 2)), null);
  assert.equal(describeSelection(root, rangePointsFromTextOffsets(root, 3, 4)), null);
});
