import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { anchorAll } from '../../electron/shared/annotations/anchor.ts';
import { describeRange } from '../../electron/shared/annotations/selectors.ts';
import { paintHighlights, unwrap } from './paint-highlights.ts';
import { rangePointsFromTextOffsets, textOffsetsFromRange } from '../text-position/text-offsets.ts';

const HTML = `<article id="a"><h1>Lectern <em>notes</em></h1><p>First paragraph with <b>bold <i>and italic</i></b> words.</p><ul>
<li>Item one</li>
<li>Item two 😀</li>
</ul><table><tbody>
<tr><td>cell A</td><td>cell B</td></tr>
</tbody></table><p>Last paragraph.</p></article>`;

function setup() {
  const { document } = parseHTML(`<html><body>${HTML}</body></html>`);
  const root = document.getElementById('a') as unknown as HTMLElement;
  const mark = (cls = 'hl') => () => {
    const m = document.createElement('mark') as unknown as HTMLElement;
    m.className = cls;
    return m;
  };
  return { document, root, text: root.textContent ?? '', html: root.innerHTML, mark };
}

function span(text: string, from: string, to: string) {
  const start = text.indexOf(from);
  const end = text.indexOf(to, start) + to.length;
  assert.ok(start >= 0 && end > start, 'fixture');
  return { start, end };
}

const joined = (marks: HTMLElement[]) => marks.map((m) => m.textContent).join('');

describe('paintHighlights', () => {
  test('paints across inline formatting, paragraphs and list items without changing the text', () => {
    const { root, text, mark } = setup();
    const s = span(text, 'with bold', 'Item o');
    const [marks] = paintHighlights(root, [s], mark());
    assert.ok(marks !== undefined);
    assert.equal(root.textContent, text, 'painting never changes textContent');
    // The newline directly inside <ul> is layout whitespace and stays unpainted.
    assert.equal(joined(marks), text.slice(s.start, s.end).replace('\n', ''));
    // One wrapper per text slice, each inside the element that held the slice.
    assert.deepEqual(marks.map((m) => m.parentNode?.nodeName), ['P', 'B', 'I', 'P', 'LI']);
    assert.ok(marks.every((m) => m.childNodes.length === 1 && m.firstChild?.nodeType === 3));
    assert.ok(marks.some((m) => m.parentNode?.nodeName === 'I') && marks.some((m) => m.parentNode?.nodeName === 'LI'));
    // Whitespace between list items sits directly in <ul>: left alone rather than wrapped.
    assert.ok(!marks.some((m) => m.parentNode?.nodeName === 'UL'));
  });

  test('overlapping highlights nest, and each one still covers exactly its text', () => {
    const { root, text, mark } = setup();
    const a = span(text, 'paragraph with', 'italic');
    const b = span(text, 'bold', 'words.');
    const [ma, mb] = paintHighlights(root, [a, b], (i) => mark(i === 0 ? 'a' : 'b')());
    assert.equal(joined(ma as HTMLElement[]), text.slice(a.start, a.end));
    assert.equal(joined(mb as HTMLElement[]), text.slice(b.start, b.end));
    assert.equal(root.textContent, text);
    const nested = root.querySelectorAll('mark.a > mark.b');
    assert.ok(nested.length >= 1, 'the overlap is a b-mark inside an a-mark');
    assert.equal([...nested].map((m) => m.textContent).join(''), text.slice(b.start, a.end));
  });

  test('painting again over painted text nests inside the existing marks', () => {
    const { root, text, mark } = setup();
    const first = span(text, 'First', 'with');
    paintHighlights(root, [first], mark('one'));
    const inner = span(text, 'paragraph', 'paragraph');
    const [marks] = paintHighlights(root, [inner], mark('two'));
    assert.equal(joined(marks as HTMLElement[]), 'paragraph');
    assert.equal(root.querySelector('mark.two')?.parentNode?.nodeName, 'MARK');
  });

  test('empty, reversed-free and out-of-range spans paint nothing harmful', () => {
    const { root, text, mark, html } = setup();
    const result = paintHighlights(root, [{ start: 5, end: 5 }, { start: text.length, end: text.length + 10 }], mark());
    assert.deepEqual(result.map((m) => m.length), [0, 0]);
    unwrap(result.flat());
    assert.equal(root.innerHTML, html);
  });

  test('unwrap restores the original DOM, text nodes re-joined, in any order', () => {
    const { root, text, mark, html } = setup();
    const [a, b, c] = paintHighlights(root, [span(text, 'Lectern', 'Item two'), span(text, 'bold', 'B'), span(text, 'one', 'Last')], mark());
    assert.notEqual(root.innerHTML, html);
    unwrap(b as HTMLElement[]);
    unwrap([...(c as HTMLElement[]), ...(a as HTMLElement[])].reverse());
    assert.equal(root.innerHTML, html);
    assert.equal(root.querySelectorAll('mark').length, 0);
  });

  test('whitespace between blocks is left alone, whitespace between inline elements is painted', () => {
    const { document } = parseHTML('<html><body><div id="r"><p>One <b>two</b> <i>three</i></p>\n<p>Four</p><pre>  five\n  six</pre></div></body></html>');
    const root = document.getElementById('r') as unknown as HTMLElement;
    const text = root.textContent ?? '';
    const [marks] = paintHighlights(root, [{ start: 0, end: text.length }], () => document.createElement('mark') as unknown as HTMLElement);
    assert.equal(joined(marks as HTMLElement[]), 'One two threeFour  five\n  six');
    assert.equal(root.textContent, text);
  });

  test('a range given as DOM boundary points paints through its text offsets', () => {
    const { root, text, mark } = setup();
    const s = span(text, 'Item two', 'cell A');
    const offsets = textOffsetsFromRange(root, rangePointsFromTextOffsets(root, s.start, s.end));
    const [marks = []] = paintHighlights(root, [offsets], mark());
    // The newlines between list items and table rows are layout whitespace and stay unpainted.
    assert.equal(joined(marks), text.slice(s.start, s.end).replace(/\n/g, ''));
    assert.ok(marks.some((m) => m.parentNode?.nodeName === 'TD'));
    assert.ok(!marks.some((m) => ['TABLE', 'TBODY', 'TR'].includes(m.parentNode?.nodeName ?? '')));
  });

  test('many highlights over a long article: every mark set matches its text', () => {
    const { document } = parseHTML('<html><body><article id="long"></article></body></html>');
    const root = document.getElementById('long') as unknown as HTMLElement;
    const parts: string[] = [];
    for (let i = 0; i < 400; i++) parts.push(`<p>Paragraph ${i} has <em>some emphasis</em> and a <a href="#">link ${i}</a> in it.</p>`);
    root.innerHTML = parts.join('\n');
    const text = root.textContent ?? '';
    const spans = Array.from({ length: 300 }, (_, i) => {
      const start = (i * 7919) % (text.length - 200);
      return { start, end: start + 20 + ((i * 31) % 150) };
    });
    const painted = paintHighlights(root, spans, () => document.createElement('mark') as unknown as HTMLElement);
    painted.forEach((marks, i) => {
      const s = spans[i] as { start: number; end: number };
      // The newlines between paragraphs are layout whitespace and stay unpainted.
      assert.equal(joined(marks), text.slice(s.start, s.end).replace(/\n/g, ''));
    });
    assert.equal(root.textContent, text);
  });
});

test('a selection is described, the article edited, and the highlight painted on the edited words', () => {
  const article = (html: string) => {
    const { document } = parseHTML(`<html><body><div id="article-body">${html}</div></body></html>`);
    return { document, root: document.getElementById('article-body') as unknown as HTMLElement };
  };
  const before = article('<p>The council met on <b>Tuesday</b> to discuss the bridge.</p><p>Nobody came.</p>');
  const text = before.root.textContent ?? '';
  const at = text.indexOf('met on');
  // What the reader sends core for a selection (frame-selection.ts), and what core stores for it.
  const { start, end } = textOffsetsFromRange(before.root, rangePointsFromTextOffsets(before.root, at, at + 'met on Tuesday to discuss'.length));
  const selectors = describeRange(text, start, end);
  assert.equal(selectors[0].exact, 'met on Tuesday to discuss');

  const after = article('<p>Update.</p><p>The council met on <b>Tuesday</b> evening to discuss the bridge.</p><p>Nobody came.</p>');
  const html = after.root.innerHTML;
  const orphan = [{ type: 'TextQuoteSelector' as const, exact: 'a sentence that no longer exists anywhere', prefix: '', suffix: '' }];
  const anchors = anchorAll(after.root.textContent ?? '', [selectors, orphan]);
  assert.equal(anchors[0]?.method, 'fuzzy');
  assert.equal(anchors[1], null);
  // Orphans get an empty span, as the mark layer gives them none.
  const marks = paintHighlights(after.root, anchors.map((a) => a ?? { start: 0, end: 0 }), () => after.document.createElement('mark') as unknown as HTMLElement);
  assert.equal(marks[0]?.map((m) => m.textContent).join(''), 'met on Tuesday evening to discuss');
  assert.deepEqual(marks[1], []);
  unwrap(marks.flat());
  assert.equal(after.root.innerHTML, html);
});
