import { test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlToText } from './html-to-text.ts';

test('blocks are separated by blank lines and whitespace is collapsed', () => {
  assert.equal(htmlToText('<h2>Title</h2><p>One   two\nthree</p><ul><li>a</li><li>b</li></ul>'), 'Title\n\nOne two three\n\na\n\nb');
  assert.equal(htmlToText('<p>line<br>break</p><table><tr><td>x</td><td>y</td></tr></table>'), 'line\nbreak\n\nx\ty');
});

test('<pre> keeps its spacing; pictures and ruby annotations are left out', () => {
  assert.equal(htmlToText('<pre>x =  1;\ny  = 2;</pre><p>漢<ruby>字<rt>じ</rt><rp>(</rp></ruby><img alt="x">!</p>'), 'x =  1;\ny  = 2;\n\n漢字!');
});

test('entities are decoded, and text after a stray </body> is not the article', () => {
  assert.equal(htmlToText('<p>Fish &amp; chips &lt;3 caf&eacute;</p>'), 'Fish & chips <3 café');
  assert.equal(htmlToText('<p>kept</p></body><p>dropped</p>'), 'kept');
  assert.equal(htmlToText(''), '');
});
