import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractArticle } from './extract-article.ts';
import { MAX_NESTING } from './nesting-cap.ts';
import { htmlDepth, sentence } from '../testing/deep-html.ts';

/** A page nesting `open` `levels` deep, with sentences on top, a tenth and half of the way down, and at the bottom. */
function deepPage(levels: number, open: string, close: string): string {
  const marks = new Map([[Math.floor(levels / 10), 'TENTH'], [Math.floor(levels / 2), 'HALF']]);
  const parts: string[] = [];
  for (let i = 0; i < levels; i++) parts.push(open, marks.has(i) ? `<p>${sentence(marks.get(i)!)}</p>` : '');
  return `<!doctype html><html><head><title>Deep</title></head><body><p>${sentence('TOP')}</p>${parts.join('')}<p>${sentence('DEEPEST')}</p>${close.repeat(levels)}</body></html>`;
}

describe('extractArticle on pages nested tens of thousands deep', () => {
  for (const levels of [20_000, 100_000]) {
    for (const [name, open, close] of [
      ['div', '<div>', '</div>'],
      ['unclosed b', '<b>', ''],
      ['li ul', '<li><ul>', '</ul></li>'],
      ['blockquote', '<blockquote>', '</blockquote>'],
    ] as const) {
      test(`${name} × ${levels.toLocaleString('en')}: an article with every level's text, nested within the cap`, { timeout: 30_000 }, () => {
        const article = extractArticle(deepPage(levels, open, close), { url: 'https://example.com/deep' });
        for (const label of ['TOP', 'TENTH', 'HALF', 'DEEPEST']) assert.match(article.text, new RegExp(`Marker ${label} sits`));
        assert.ok(article.text.indexOf('Marker HALF') < article.text.indexOf('Marker DEEPEST'), 'text keeps its order');
        assert.ok(htmlDepth(article.html) <= MAX_NESTING, `article HTML nests ${htmlDepth(article.html)} deep`);
      });
    }
  }

  test('JSON-LD nesting a value 100,000 lists deep is read without overflowing the stack', { timeout: 30_000 }, () => {
    const headline = `${'['.repeat(100_000)}"Deep"${']'.repeat(100_000)}`;
    const page = deepPage(10, '<div>', '</div>').replace(
      '</head>',
      `<script type="application/ld+json">{"@type":"Article","headline":${headline},"image":${headline}}</script></head>`,
    );
    const article = extractArticle(page);
    assert.match(article.text, /Marker DEEPEST sits/);
    assert.equal(article.title, 'Deep');
  });
});
