import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ImportItem } from '../migration/import-item.ts';
import { netscapeReader } from '../migration/formats/netscape-bookmarks.ts';
import { memoryBundle } from '../migration/sources/import-bundle.ts';
import { bookmarksHtml } from './bookmarks-html.ts';

const base = { savedAt: '2024-03-01T10:00:00.000Z', updatedAt: '2024-03-02T10:00:00.000Z', tags: [] as string[], excerpt: '', archived: false };
const articles = [
  { ...base, title: '<script>alert("x")</script> & more', source: { kind: 'url' as const, value: 'https://example.org/a?x=1&y="2"' }, tags: ['long read', 'a,b'], excerpt: 'First line\nsecond <b>line</b>' },
  { ...base, title: 'From a file', source: { kind: 'file' as const, value: '/home/me/notes.md' } },
  { ...base, title: 'Pasted', source: { kind: 'pasted' as const, value: 'pasted text' } },
  { ...base, title: 'Sneaky', source: { kind: 'url' as const, value: 'javascript:alert(1)' } },
  { ...base, title: 'Read already', source: { kind: 'url' as const, value: 'https://example.org/b' }, archived: true },
];

test('every article with a web address is one bookmark, with its date, tags and excerpt, all escaped', () => {
  const html = bookmarksHtml(articles);
  assert.ok(html.startsWith('<!DOCTYPE NETSCAPE-Bookmark-file-1>\n'));
  assert.equal(html.match(/<DT><A /g)?.length, 2);
  assert.ok(!html.includes('<script>'), 'a hostile title stays text');
  assert.ok(html.includes('<DT><A HREF="https://example.org/a?x=1&amp;y=&quot;2&quot;" ADD_DATE="1709287200" LAST_MODIFIED="1709373600" TAGS="long read,a b" TOREAD="1">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more</A>'));
  assert.ok(html.includes('\n    <DD>First line second &lt;b&gt;line&lt;/b&gt;\n'));
  assert.ok(!html.includes('notes.md') && !html.includes('javascript:') && !html.includes('Pasted'));
  assert.ok(html.includes('TOREAD="0">Read already</A>'));
});

test('the bookmark importers read the file back: titles, addresses, tags, dates and read state', async () => {
  const items: ImportItem[] = [];
  for await (const entry of netscapeReader.read(memoryBundle('bookmarks.html', { 'bookmarks.html': bookmarksHtml(articles) }))) {
    if (entry.kind === 'item') items.push(entry.item);
  }
  assert.deepEqual(
    items.map(({ url, title, tags, savedAt, archived }) => ({ url, title, tags, savedAt, archived })),
    [
      { url: 'https://example.org/a?x=1&y="2"', title: '<script>alert("x")</script> & more', tags: ['long read', 'a b'], savedAt: '2024-03-01T10:00:00.000Z', archived: false },
      { url: 'https://example.org/b', title: 'Read already', tags: [], savedAt: '2024-03-01T10:00:00.000Z', archived: true },
    ],
  );
});
