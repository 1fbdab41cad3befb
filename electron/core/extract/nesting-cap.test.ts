import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseHTML } from 'linkedom';
import { capNesting, MAX_NESTING } from './nesting-cap.ts';

interface Node {
  nodeType: number;
  localName?: string;
  childNodes: ArrayLike<Node>;
}

/** The deepest element nesting (void elements aside) in `html` as linkedom parses it, counted without recursion. */
function parsedDepth(html: string): number {
  const VOID = new Set(['br', 'hr', 'img', 'wbr', 'input', 'meta', 'link', 'source']);
  const stack: Array<[Node, number]> = [[parseHTML(html).document as unknown as Node, 0]];
  let deepest = 0;
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 1 && !VOID.has(child.localName!)) stack.push([child, depth + 1]);
    }
  }
  return deepest;
}

const words = (n: number): string[] => Array.from({ length: n }, (_, i) => `word${i}`);

describe('capNesting', () => {
  test('leaves a page within the cap exactly as written', () => {
    const page = '<!doctype html><html><body><div class="a"><p>One <b>two</b><br/>three</p><svg><path d="M0"/></svg></div></body></html>';
    assert.equal(capNesting(page), page);
    assert.equal(capNesting(page, 5), page);
  });

  test('writes elements past the cap side by side at the cap, each around the text it holds, in order', () => {
    assert.equal(
      capNesting('<div><p>a<b>b<i>c</i>d</b>e</p></div>', 2),
      '<div><p>a</p><b>b</b><i>c</i><b>d</b><p>e</p></div>',
    );
    assert.equal(
      capNesting('<section><div><div>deep</div></div><p>after</p></section>', 2),
      '<section><div>deep</div><p>after</p></section>',
    );
  });

  test('keeps paragraphs 5,000 levels down apart, as paragraphs', () => {
    const html = `<body>${'<div>'.repeat(5000)}<p>one</p><p>two</p>${'</div>'.repeat(5000)}</body>`;
    assert.equal(capNesting(html, 4), '<body><div><div><p>one</p><p>two</p></div></div></body>');
  });

  test('drops raw-text elements past the cap whole, so their content never becomes markup or text', () => {
    assert.equal(capNesting('<div><div><script>if (a<b) x("<p>")</script>kept</div></div>', 1), '<div>kept</div>');
  });

  test('writes end tags out, and never a self-closing non-void tag', () => {
    assert.equal(capNesting('<ul><li>a<li>b<li><b><i>c</ul>', 3), '<ul><li>a</li><li>b</li><li><i>c</i></li></ul>');
    assert.equal(capNesting('<div><svg><path/><g><g>x</g></g></svg></div>', 3), '<div><svg><g>x</g></svg></div>');
    // After <svg/> htmlparser2 still reads <span/> as closed, and so must the result.
    assert.equal(capNesting('<div><svg/><span/>x<i><i><i>z</i></i></i></div>', 3), '<div><svg></svg><span></span>x<i><i>z</i></i></div>');
  });

  for (const [name, open, close] of [
    ['div', '<div>', '</div>'],
    ['unclosed b', '<b>', ''],
    ['li ul', '<li><ul>', '</ul></li>'],
    ['p inside blockquote', '<blockquote><p>', '</p></blockquote>'],
  ] as const) {
    test(`${name} nested 20,000 deep: depth within the cap, every word kept in order`, { timeout: 30_000 }, () => {
      const marks = words(20_000);
      const html = `<html><body>${marks.map((w) => `${open}${w} `).join('')}${close.repeat(marks.length)}</body></html>`;
      const capped = capNesting(html);
      assert.ok(parsedDepth(capped) <= MAX_NESTING, `depth ${parsedDepth(capped)}`);
      const text = (parseHTML(capped).document as unknown as { body: { textContent: string } }).body.textContent;
      assert.deepEqual(text.split(/\s+/).filter(Boolean), marks);
    });
  }
});
