import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import iconv from 'iconv-lite';
import { ErrorCode } from '../../shared/errors.ts';
import { MAX_IMPORT_BYTES } from '../../shared/import-limit.ts';
import { thrownImportError } from '../testing/thrown-import-error.ts';
import { importFileBytes, importPastedText } from './import-content.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('importFileBytes: formats by extension and content', () => {
  test('.txt goes through structure inference', () => {
    const article = importFileBytes('road-trip.txt', utf8('Day One\nWe left at dawn and drove north along the coast road for most of the morning.\n'));
    assert.equal(article.title, 'Day One');
    assert.equal(article.html, '<p>We left at dawn and drove north along the coast road for most of the morning.</p>');
  });

  test('.md and .markdown render Markdown', () => {
    for (const name of ['a.md', 'b.markdown', 'C.MD']) {
      const article = importFileBytes(name, utf8('# Title\n\nSome **bold** text.\n'));
      assert.equal(article.title, 'Title');
      assert.equal(article.html, '<p>Some <strong>bold</strong> text.</p>');
    }
  });

  test('.html, .htm and .xhtml are read as HTML', () => {
    for (const name of ['a.html', 'b.htm', 'c.xhtml']) {
      const article = importFileBytes(name, utf8('<p>A paragraph of <i>HTML</i>.</p>'));
      assert.equal(article.html, '<p>A paragraph of <i>HTML</i>.</p>');
    }
  });

  test('an unknown extension with text content is sniffed: HTML, Markdown or text', () => {
    const page = importFileBytes('saved.page', utf8('<!DOCTYPE html><html><head><title>Saved</title></head><body><p>Some article text that is here to read.</p></body></html>'));
    assert.equal(page.title, 'Saved');
    assert.match(page.html, /<p>Some article text that is here to read.<\/p>/);
    const notes = importFileBytes('README', utf8('# Notes\n\n- [link](https://example.com)\n- item\n'));
    assert.match(notes.html, /<ul>/);
    const plain = importFileBytes('notes.rst', utf8('Plain words in a file. And another sentence here.'));
    assert.equal(plain.html, '<p>Plain words in a file. And another sentence here.</p>');
  });
});

describe('importFileBytes: encodings', () => {
  test('a Latin-1 text file reads without mojibake', () => {
    const text = 'Crème brûlée\nLa recette de ma grand-mère : du sucre, des œufs, et beaucoup de patience à côté du four.\n';
    const article = importFileBytes('recette.txt', new Uint8Array(iconv.encode(text, 'windows-1252')));
    assert.equal(article.title, 'Crème brûlée');
    assert.match(article.text, /grand-mère : du sucre, des œufs, et beaucoup de patience à côté du four/);
    assert.doesNotMatch(article.text, /Ã|�/);
  });

  test('UTF-16 files with a BOM, LE and BE', () => {
    const text = 'Größe\nDie Straße war nass, und die Brücke über den Fluss glänzte im Regen.';
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const be = new Uint8Array([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]);
    for (const bytes of [le, be]) {
      const article = importFileBytes('strasse.txt', bytes);
      assert.equal(article.title, 'Größe');
      assert.match(article.text, /Die Straße war nass/);
    }
  });

  test('a UTF-8 BOM does not reach the text', () => {
    const article = importFileBytes('bom.md', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('# Heading\n\nBody.')]));
    assert.equal(article.title, 'Heading');
    assert.equal(article.text, 'Body.');
  });

  test('an HTML file in Shift_JIS declared by its meta tag', () => {
    const html = '<html><head><meta charset="Shift_JIS"><title>日本の記事</title></head><body><article><p>これは日本語の記事です。東京は大きな都市で、毎日たくさんの人が電車で通勤しています。</p></article></body></html>';
    const article = importFileBytes('kiji.html', new Uint8Array(iconv.encode(html, 'shift_jis')));
    assert.equal(article.title, '日本の記事');
    assert.match(article.text, /東京は大きな都市/);
  });
});

describe('importFileBytes: bad input', () => {
  test('an empty file', () => {
    const error = thrownImportError(() => importFileBytes('empty.txt', new Uint8Array()));
    assert.equal(error.code, ErrorCode.emptyFile);
    assert.equal(error.message, 'This file is empty.');
  });

  test('a file of only whitespace, in any encoding', () => {
    assert.equal(thrownImportError(() => importFileBytes('blank.txt', utf8(' \n\t\r\n  '))).code, ErrorCode.emptyFile);
    assert.equal(thrownImportError(() => importFileBytes('blank.md', new Uint8Array([0xef, 0xbb, 0xbf, 0x0a]))).code, ErrorCode.emptyFile);
    assert.equal(thrownImportError(() => importFileBytes('blank.txt', new Uint8Array([0xff, 0xfe, 0x20, 0x00, 0x0a, 0x00]))).code, ErrorCode.emptyFile);
  });

  test('a PDF, whatever its name, says what it looks like', () => {
    for (const name of ['report.pdf', 'report.txt', 'report']) {
      const error = thrownImportError(() => importFileBytes(name, utf8('%PDF-1.7\n1 0 obj << /Type /Catalog >>\n')));
      assert.equal(error.code, ErrorCode.binaryFile);
      assert.match(error.message, /^This looks like a PDF; Lectern can import HTML, Markdown and text files\./);
    }
  });

  test('images, archives and office documents are binary files', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    assert.match(thrownImportError(() => importFileBytes('photo.png', png)).message, /a PNG image/);
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 0, 0, 0x45, 0x78]);
    assert.match(thrownImportError(() => importFileBytes('photo.md', jpeg)).message, /a JPEG image/);
    const docx = new Uint8Array([0x50, 0x4b, 3, 4, ...Array.from({ length: 26 }, () => 0), ...utf8('word/document.xml')]);
    const error = thrownImportError(() => importFileBytes('letter.docx', docx));
    assert.equal(error.code, ErrorCode.binaryFile);
    assert.match(error.message, /a Word document \(\.docx\).*Save it as HTML or plain text first\./);
  });

  test('binary data under a text extension is a binary file; under another extension, unsupported', () => {
    const noise = new Uint8Array(Array.from({ length: 3000 }, (_, i) => (i * 7919 + 3) % 256));
    const asText = thrownImportError(() => importFileBytes('data.txt', noise));
    assert.equal(asText.code, ErrorCode.binaryFile);
    assert.match(asText.message, /binary data, not text/);
    const asOther = thrownImportError(() => importFileBytes('data.bin', noise));
    assert.equal(asOther.code, ErrorCode.unsupportedFile);
    assert.match(asOther.message, /^A \.bin file cannot be read as an article; Lectern can import/);
  });

  test('a file larger than the import limit', () => {
    const error = thrownImportError(() => importFileBytes('huge.txt', new Uint8Array(MAX_IMPORT_BYTES + 300 * 1024)));
    assert.equal(error.code, ErrorCode.fileTooLarge);
    assert.match(error.message, /^This file is 50\.3 MB; Lectern imports files of 50 MB or less\.$/);
  });

  test('an HTML page with no article text', () => {
    const error = thrownImportError(() => importFileBytes('menu.html', utf8('<!doctype html><html><body><nav><a href="/">Home</a> <a href="/shop">Shop</a></nav></body></html>')));
    assert.equal(error.code, ErrorCode.noArticle);
  });

  test('a text file with nothing but furniture', () => {
    assert.equal(thrownImportError(() => importFileBytes('junk.txt', utf8('Share\nAdvertisement\n'))).code, ErrorCode.noArticle);
  });
});

describe('importPastedText', () => {
  test('pasted text, Markdown and HTML', () => {
    assert.equal(importPastedText('Line one of a paste.\nLine two of it.', 'text').text, 'Line one of a paste.\n\nLine two of it.');
    assert.equal(importPastedText('# Pasted\n\n*hi*', 'markdown').html, '<p><em>hi</em></p>');
    const html = importPastedText('<p>One <a href="https://example.com">short</a> line.</p>', 'html');
    assert.equal(html.html, '<p>One <a href="https://example.com" rel="noopener noreferrer">short</a> line.</p>');
  });

  test('a given title wins, and surrounding spaces are trimmed', () => {
    assert.equal(importPastedText('Some heading\nSome body text that is long enough to be prose.', 'text', '  My title ').title, 'My title');
    assert.equal(importPastedText('Body.', 'markdown', 'Mine').title, 'Mine');
  });

  test('an empty paste', () => {
    for (const format of ['text', 'markdown', 'html'] as const) {
      const error = thrownImportError(() => importPastedText(' \n\t', format));
      assert.equal(error.code, ErrorCode.emptyFile);
      assert.match(error.message, /pasted text is empty/);
    }
  });

  test('a paste larger than the import limit', () => {
    const error = thrownImportError(() => importPastedText('a'.repeat(MAX_IMPORT_BYTES + 1), 'text'));
    assert.equal(error.code, ErrorCode.fileTooLarge);
  });

  test('NUL characters and a BOM in a paste are dropped', () => {
    assert.equal(importPastedText('\uFEFFHello\u0000 world.', 'text').text, 'Hello world.');
  });
});

// How fast imports run is measured by `npm run bench` (addArticleMedianMs, importText1MBMs), not asserted here.
test('a 1 MB text file imports whole', () => {
  const paragraph = 'The committee met again on Thursday to consider the revised plans for the harbour, which now include a wider channel, a new breakwater and a small museum.';
  let text = '';
  for (let i = 0; text.length < 1_000_000; i++) text += i % 12 === 11 ? 'A short section heading\n' : `${paragraph}\n`;
  const article = importFileBytes('big.txt', utf8(text));
  assert.ok(article.wordCount > 150_000);
  assert.match(article.html, /<h2>A short section heading<\/h2>/);
});
