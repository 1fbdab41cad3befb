import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { splitFrontMatter } from './front-matter.ts';
import { importMarkdownContent } from './markdown-importer.ts';

describe('Markdown import', () => {
  test('the opening h1 is the title and leaves the body', () => {
    const article = importMarkdownContent('# Field Notes\n\nThe first paragraph of the notes, long enough to be the excerpt.\n\n## Day one\n\nRain.\n', { fileName: 'notes.md' });
    assert.equal(article.title, 'Field Notes');
    assert.doesNotMatch(article.html, /<h1/);
    assert.match(article.html, /^<p>The first paragraph/);
    assert.match(article.html, /<h2>Day one<\/h2>/);
    assert.ok(article.excerpt.startsWith('The first paragraph of the notes, long enough to be the excerpt.'));
  });

  test('an h1 later in the text gives the title but stays where it is', () => {
    const article = importMarkdownContent('Some intro text before any heading.\n\n# Main Part\n\nBody.\n');
    assert.equal(article.title, 'Main Part');
    assert.match(article.html, /<h1>Main Part<\/h1>/);
  });

  test('inline markup in the title heading is reduced to text', () => {
    const article = importMarkdownContent('# The *slow* `web` & you\n\nText.\n');
    assert.equal(article.title, 'The slow web & you');
  });

  test('front matter gives title, author, date and language, and is not shown', () => {
    const source = [
      '---',
      'title: "Tides, Explained"',
      'author:',
      '  - Ana Lima',
      '  - name: Rui Costa',
      'date: 2020-10-27',
      'lang: pt_BR',
      'canonical_url: https://example.com/tides',
      'image: images/local.png',
      '---',
      '# Tides, Explained',
      '',
      'The moon pulls the sea.',
    ].join('\n');
    const article = importMarkdownContent(source, { fileName: 'tides.md' });
    assert.equal(article.title, 'Tides, Explained');
    assert.equal(article.byline, 'Ana Lima, Rui Costa');
    assert.equal(article.publishedAt, '2020-10-27');
    assert.equal(article.lang, 'pt-BR');
    assert.equal(article.canonicalUrl, 'https://example.com/tides');
    assert.equal(article.leadImage, null, 'a relative image path cannot be a lead image');
    assert.equal(article.html, '<p>The moon pulls the sea.</p>');
    assert.doesNotMatch(article.text, /title:|author:/);
  });

  test('a front matter title different from the opening h1 keeps the h1 in the body', () => {
    const article = importMarkdownContent('---\ntitle: Short Title\n---\n# A Much Longer Heading\n\nText.\n');
    assert.equal(article.title, 'Short Title');
    assert.match(article.html, /<h1>A Much Longer Heading<\/h1>/);
  });

  test('without a heading or front matter title, the file name is the title', () => {
    const article = importMarkdownContent('Just a paragraph.\n', { fileName: '2021-05-01-weekly_review.md' });
    assert.equal(article.title, 'Weekly review');
  });

  test('GFM: tables, task lists and strikethrough render', () => {
    const article = importMarkdownContent('Intro.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~ new\n');
    assert.match(article.html, /<table>/);
    assert.match(article.html, /<td>1<\/td>/);
    assert.match(article.html, /<del>old<\/del> new/);
  });

  test('raw HTML in Markdown is sanitized', () => {
    const article = importMarkdownContent('Hello.\n\n<script>alert(1)</script>\n\n<img src="https://example.com/a.png" onerror="alert(2)">\n\n[x](javascript:alert(3))\n');
    assert.doesNotMatch(article.html, /<script|onerror|javascript:/);
    assert.match(article.html, /<img src="https:\/\/example.com\/a.png" \/>/);
  });

  test('text and word count come from the rendered body', () => {
    const article = importMarkdownContent('# T\n\nOne two three.\n\n- four\n- five\n');
    assert.equal(article.wordCount, 5);
    assert.match(article.text, /One two three\.\n\nfour/);
  });

  test('right-to-left Markdown is marked rtl', () => {
    const article = importMarkdownContent('# عنوان\n\nهذا نص عربي طويل بما يكفي لاختبار اتجاه الكتابة.\n');
    assert.equal(article.dir, 'rtl');
  });
});

describe('front matter', () => {
  test('TOML front matter is read and removed', () => {
    const { frontMatter, body } = splitFrontMatter('+++\ntitle = "Hugo Post"\ndate = 2019-01-02\nauthors = ["A", "B"]\n+++\nBody\n');
    assert.equal(frontMatter?.title, 'Hugo Post');
    assert.equal(frontMatter?.publishedAt, '2019-01-02');
    assert.equal(frontMatter?.byline, 'A, B');
    assert.equal(body, 'Body\n');
  });

  test('text between two rules is not mistaken for front matter', () => {
    const source = '---\nA paragraph between two rules.\n---\nMore.\n';
    assert.deepEqual(splitFrontMatter(source), { frontMatter: null, body: source });
  });

  test('broken YAML front matter is still removed', () => {
    const { frontMatter, body } = splitFrontMatter('---\ntitle: [unclosed\n---\nBody\n');
    assert.equal(frontMatter, null);
    assert.equal(body, 'Body\n');
  });

  test('dates with a time and zone become full timestamps', () => {
    const { frontMatter } = splitFrontMatter('---\ndate: 2020-10-27T08:30:00+02:00\n---\n');
    assert.equal(frontMatter?.publishedAt, '2020-10-27T06:30:00.000Z');
  });
});
