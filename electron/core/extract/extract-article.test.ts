import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { importFileBytes } from '../importers/import-content.ts';
import { readingMinutes } from '../../shared/word-count.ts';
import { extractArticle } from './extract-article.ts';
import { ExtractionError } from './extraction-error.ts';

const para = (n: number) =>
  `<p>Paragraph ${n} of the story explains, at some length and with several clauses, why the river rose so quickly this spring and what the town did next.</p>`;

const page = `<!doctype html><html lang="en"><head><title>River rises - Town News</title>
<meta property="og:site_name" content="Town News"><meta name="author" content="Ada Writer">
<link rel="canonical" href="/news/river"></head><body>
<nav><a href="/">Home</a><a href="/about">About</a></nav>
<article><h1>River rises</h1>${[1, 2, 3, 4, 5, 6].map(para).join('')}
<p><img src="img/flood.jpg" alt="Flood"> <a href="/more">more</a></p></article>
<footer>Copyright Town News</footer></body></html>`;

describe('extractArticle', () => {
  test('returns the article body, metadata and absolute URLs', () => {
    const article = extractArticle(page, { url: 'https://town.example/news/river?x=1' });
    assert.equal(article.title, 'River rises');
    assert.equal(article.byline, 'Ada Writer');
    assert.equal(article.siteName, 'Town News');
    assert.equal(article.lang, 'en');
    assert.equal(article.dir, 'ltr');
    assert.equal(article.canonicalUrl, 'https://town.example/news/river');
    assert.match(article.text, /Paragraph 6 of the story/);
    assert.doesNotMatch(article.text, /Copyright Town News/);
    assert.match(article.html, /src="https:\/\/town\.example\/news\/img\/flood\.jpg"/);
    assert.match(article.html, /href="https:\/\/town\.example\/more"/);
    assert.ok(article.wordCount > 100, `wordCount ${article.wordCount}`);
  });

  test('accepts bytes and decodes them', () => {
    const bytes = new TextEncoder().encode(page.replace('River rises</h1>', 'Río crece</h1>'));
    const article = extractArticle(bytes, { contentType: 'text/html; charset=utf-8' });
    assert.match(article.html, /Río crece|Paragraph 1/);
  });

  test('throws NO_ARTICLE for an empty page', () => {
    assert.throws(() => extractArticle('   '), (error: unknown) => error instanceof ExtractionError && error.code === 'NO_ARTICLE');
    assert.throws(() => extractArticle('<html><body></body></html>'), (error: unknown) => error instanceof ExtractionError && error.code === 'NO_ARTICLE');
  });
});

describe('reading time agrees however an article arrives', () => {
  // About 1,900 characters of Chinese prose in six paragraphs.
  const sentence = '河水在春天涨得很快，镇上的人们在桥边看着，谈论着去年的洪水和今年的收成，直到天色渐渐暗下来。';
  const paragraphs = [1, 2, 3, 4, 5, 6].map(() => sentence.repeat(7));
  const webPage = `<!doctype html><html lang="zh"><head><title>春天的河</title></head><body><article><h1>春天的河</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

  test('a Chinese article saved from the web and the same text imported as a file count the same words and minutes', () => {
    const web = extractArticle(webPage, { url: 'https://news.example/river' });
    const textFile = importFileBytes('river.txt', new TextEncoder().encode(`春天的河\n\n${paragraphs.join('\n\n')}\n`));
    const htmlFile = importFileBytes('river.html', new TextEncoder().encode(webPage));
    assert.equal(web.wordCount, textFile.wordCount);
    assert.equal(web.wordCount, htmlFile.wordCount);
    assert.equal(readingMinutes(web.wordCount), readingMinutes(textFile.wordCount));
    assert.equal(readingMinutes(web.wordCount), 8);
  });
});

test('without a description, the excerpt is the first paragraph longer than a line', () => {
  const html = `<!doctype html><html><head></head><body><article><h2>Part one</h2><p>Short opener.</p>${[7, 8, 9].map(para).join('')}</article></body></html>`;
  const article = extractArticle(html);
  assert.equal(article.title, 'Part one');
  assert.match(article.excerpt ?? '', /^Paragraph 7 of the story explains/);
  assert.ok((article.excerpt ?? '').length <= 300);
});
