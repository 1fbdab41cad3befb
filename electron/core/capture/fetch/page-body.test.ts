import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../extract/extract-article.ts';
import { simpleArticle } from '../testing/sample-pages.ts';
import { asUtf8Page, refuseBinaryBody } from './page-body.ts';
import { WebError } from './web-error.ts';

const PAGE = simpleArticle('Marée basse à Cancale').replace('<meta charset="utf-8">', '');

test('a UTF-16 page without a charset is read as text: its title has no NUL', () => {
  for (const [bytes, label] of [
    [Buffer.from(PAGE, 'utf16le'), 'LE'],
    [Buffer.from(PAGE, 'utf16le').swap16(), 'BE'],
  ] as const) {
    const page = asUtf8Page(bytes, 'text/html');
    assert.equal(page.contentType, 'text/html; charset=utf-8', label);
    const article = extractArticle(page.bytes, { url: 'https://example.com/', contentType: page.contentType });
    assert.equal(article.title, 'Marée basse à Cancale', label);
    assert.ok(!article.html.includes('\0'), label);
  }
});

test('a UTF-8 page passes unchanged', () => {
  const bytes = Buffer.from(PAGE, 'utf8');
  const page = asUtf8Page(bytes, 'text/html; charset=utf-8');
  assert.equal(page.bytes, bytes);
  assert.equal(page.contentType, 'text/html; charset=utf-8');
});

test('known binary bodies are refused whatever their type; HTML is not', () => {
  const pdf = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj', 'latin1');
  assert.throws(() => refuseBinaryBody('https://example.com/paper', pdf), (error) => error instanceof WebError && /This link is a PDF/.test(error.message));
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  assert.throws(() => refuseBinaryBody('https://example.com/p', png), /a PNG image/);
  assert.doesNotThrow(() => refuseBinaryBody('https://example.com/', Buffer.from(PAGE)));
});
