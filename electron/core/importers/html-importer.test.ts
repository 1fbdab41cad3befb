import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ErrorCode } from '../../shared/errors.ts';
import { importHtmlContent, isHtmlFragment } from './html-importer.ts';
import { thrownImportError } from '../testing/thrown-import-error.ts';

const PAGE = `<!doctype html>
<html lang="en-GB">
<head>
  <title>Lighthouse keepers | The Coastal Review</title>
  <meta property="og:title" content="The last lighthouse keepers">
  <meta property="og:site_name" content="The Coastal Review">
  <meta name="author" content="Sam Reed">
</head>
<body>
  <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About</a></nav></header>
  <main>
    <article>
      <h1>The last lighthouse keepers</h1>
      <p>For two centuries, the lights along this coast were tended by families who lived beside them, trimming wicks, winding clockwork and logging every ship that passed in the night.</p>
      <p>The last of them left in 1998, when the final light was automated. A few still live in the village below the headland, and they remember the work in precise detail.</p>
      <h2>A life measured in watches</h2>
      <p>The day was divided into watches of four hours. In fog, the keeper on duty sounded the horn every thirty seconds, sometimes for days at a time, while the others slept when they could.</p>
      <p>Supplies came by boat once a fortnight, weather permitting, and in a bad winter the keepers rationed paraffin, flour and patience in roughly equal measure.</p>
    </article>
  </main>
  <footer><p>© 2024 The Coastal Review. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
  <script>trackEverything()</script>
</body>
</html>`;

describe('HTML pages', () => {
  test('the main content is extracted, page chrome and scripts are not', () => {
    const article = importHtmlContent(PAGE, { fileName: 'keepers.html' });
    assert.equal(article.title, 'The last lighthouse keepers');
    assert.equal(article.lang, 'en-GB');
    assert.match(article.text, /trimming wicks, winding clockwork/);
    assert.match(article.text, /rationed paraffin, flour and patience/);
    assert.doesNotMatch(article.html, /<script|trackEverything|All rights reserved|href="\/about"/);
    assert.ok(article.wordCount > 100);
    assert.ok(article.excerpt.length > 0 && article.excerpt.length <= 300);
  });

  test('a page with only navigation has no article', () => {
    const error = thrownImportError(() => importHtmlContent('<html><body><nav><a href="/">Home</a><a href="/a">About</a></nav></body></html>'));
    assert.equal(error.code, ErrorCode.noArticle);
    assert.match(error.message, /no article text/);
  });

  test('an empty page and an app shell that says "Loading…" have no article', () => {
    assert.equal(thrownImportError(() => importHtmlContent('<!doctype html><html><head><title>App</title></head><body></body></html>')).code, ErrorCode.noArticle);
    const shell = '<html><head><script src="app.js"></script></head><body><div id="root">Loading...</div><noscript>Enable JavaScript</noscript></body></html>';
    assert.equal(thrownImportError(() => importHtmlContent(shell)).code, ErrorCode.noArticle);
  });

  test('a page with no title of its own is named after its file', () => {
    const article = importHtmlContent('<html><body><p>Just one paragraph of text in an untitled page, but real text.</p></body></html>', { fileName: 'meeting-notes.html' });
    assert.equal(article.title, 'Meeting notes');
  });

  test('an Arabic page with no language declared is right-to-left', () => {
    const article = importHtmlContent('<html><body><p>هذا نص عربي طويل بما يكفي لاختبار اتجاه الكتابة في الصفحة.</p><p>فقرة ثانية من النص.</p></body></html>');
    assert.equal(article.dir, 'rtl');
  });
});

describe('HTML fragments', () => {
  test('a short pasted fragment is kept whole, sanitized', () => {
    const article = importHtmlContent('<meta charset="utf-8"><p>Only <b>two</b> words? No, a few.</p><ul><li>one</li></ul><img src="https://example.com/x.png" onerror="alert(1)"><script>alert(2)</script>');
    assert.equal(article.html, '<p>Only <b>two</b> words? No, a few.</p><ul><li>one</li></ul><img src="https://example.com/x.png" />');
    assert.equal(article.leadImage, 'https://example.com/x.png');
    assert.equal(article.title, 'Only two words?');
  });

  test('an opening h1 in a fragment becomes the title', () => {
    const article = importHtmlContent('<div lang="fr" dir="ltr"><h1>Le <em>titre</em></h1><p>Le texte.</p></div>');
    assert.equal(article.title, 'Le titre');
    assert.equal(article.lang, 'fr');
    assert.doesNotMatch(article.html, /<h1/);
    assert.match(article.html, /<p>Le texte.<\/p>/);
  });

  test('the Windows clipboard wrapper is reduced to the selection', () => {
    const clip = '<html><body>\n<!--StartFragment--><p>Copied sentence from a page.</p><!--EndFragment-->\n</body></html>';
    const article = importHtmlContent(clip);
    assert.equal(article.html, '<p>Copied sentence from a page.</p>');
  });

  test('a given title wins', () => {
    assert.equal(importHtmlContent('<h1>Heading</h1><p>Text.</p>', { title: 'Mine' }).title, 'Mine');
  });

  test('a fragment with no text is empty', () => {
    assert.equal(thrownImportError(() => importHtmlContent('<div><script>x()</script><br></div>')).code, ErrorCode.emptyFile);
  });

  test('fragments and pages are told apart', () => {
    assert.equal(isHtmlFragment('<p>Hello</p>'), true);
    assert.equal(isHtmlFragment('<!DOCTYPE html><p>Hello</p>'), false);
    assert.equal(isHtmlFragment('<body><p>Hello</p></body>'), false);
    const selectAll = `<nav><a href="/">Home</a></nav>${'<p>Lots of text in a whole page copied with select all.</p>'.repeat(1000)}`;
    assert.equal(isHtmlFragment(selectAll), false);
  });
});
