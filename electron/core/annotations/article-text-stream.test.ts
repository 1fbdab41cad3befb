import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { articleRoot } from './article-text.ts';
import { articleTextOf, articleTextOfFile, createArticleTextCollector } from './article-text-stream.ts';
import { importPastedText } from '../importers/import-content.ts';

/** The text as a document gives it: linkedom's tree of the same events, with article-text.ts's corrections. */
const domText = (html: string) => articleRoot(html)?.textContent ?? '';

/** The collector fed the HTML cut at the given places. */
function inPieces(html: string, cuts: number[]): string {
  const collector = createArticleTextCollector();
  let from = 0;
  for (const cut of [...new Set(cuts)].filter((at) => at > 0 && at < html.length).sort((a, b) => a - b)) {
    collector.write(html.slice(from, cut));
    from = cut;
  }
  collector.write(html.slice(from));
  return collector.end();
}

// Bodies built from the parts that change text: entities, CR and CR LF, <pre>/<textarea>/<listing> with and
// without a first newline, comments, void elements, stray and unclosed tags, a </div> or </body> that closes
// the article's div early, markup that looks like a tag but is not.
const PARTS = [
  'word', ' ', '\n', '\r\n', '\r', '&amp;', '&copy;', '&notanentity;', '&#x1F600;', '&#13;', '&lt;b&gt;', 'ő', '🌊', 'عربي',
  '<p>', '</p>', '<pre>', '</pre>', '<pre>\n', '<textarea>\nx', '</textarea>', '<listing>\r\n', '</listing>', '<code>', '</code>',
  '<!-- a comment -->', '<!x>', '<br>', '<img alt="a">', '<em>', '</em>', '<div>', '</div>', '</body>', '<ul><li>', '<li>', '</ul>',
  '<table><tr><td>', '</td>', '</table>', '<script>if (a < b) x()</script>', '<style>p{}</style>', '<svg><text>t</text></svg>', 'a < b', '<', '>',
];

test('the text from parser events is the document’s textContent, however the HTML is cut into pieces', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PARTS), { maxLength: 60 }), fc.array(fc.nat(400), { maxLength: 6 }), (parts, cuts) => {
      const html = parts.join('');
      const expected = domText(html);
      assert.equal(articleTextOf(html), expected, JSON.stringify(html));
      assert.equal(inPieces(html, cuts), expected, `${JSON.stringify(html)} cut at ${cuts}`);
    }),
    { numRuns: 3_000 },
  );
});

test('bodies the importers produce give the same text both ways', () => {
  const bodies = [
    importPastedText('# Heading\n\nA paragraph with *emphasis* and `code`.\n\n```\nfirst line\n  indented\n```\n\n> quoted\n\n- one\n- two', 'markdown'),
    importPastedText('Plain text\r\nwith CR LF lines\r\n\r\nand a second paragraph & an ampersand.', 'text'),
    importPastedText('<html><body><article><h1>T</h1><p>One &amp; two</p><pre>\ncode</pre><table><tr><td>c</td></tr></table></article></body></html>', 'html'),
  ];
  for (const body of bodies) assert.equal(articleTextOf(body.html), domText(body.html));
});

test('a body on disk is read in slices: characters split between slices and CR LF across them come out whole', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'lectern-text-'));
  try {
    // A megabyte slice ends inside "ő" (two bytes) or "🌊" (four) somewhere in 3 MB, and inside CR LF pairs.
    const paragraph = '<p>Ő folyó 🌊 partján,\r\nahol a hullámok &amp; a szél.</p>\n';
    const html = paragraph.repeat(Math.ceil(3_000_000 / Buffer.byteLength(paragraph)));
    const path = join(dir, 'body.html');
    await writeFile(path, html);
    const text = articleTextOfFile(path);
    assert.equal(text, articleTextOf(html));
    assert.equal(text.split('🌊').length - 1, html.split('🌊').length - 1);
    assert.ok(!text.includes('\r') && !text.includes('\uFFFD'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('an unreadable file is an error, not an empty text', () => {
  assert.throws(() => articleTextOfFile(join(tmpdir(), 'lectern-no-such-body.html')), /ENOENT/);
});
