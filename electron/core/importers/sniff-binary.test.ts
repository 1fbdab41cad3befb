import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sniffBinary } from './sniff-binary.ts';
import { readUnicodeSignature } from './unicode-signature.ts';

const ascii = (text: string): number[] => Array.from(text, (ch) => ch.charCodeAt(0));
const bytes = (...parts: Array<number[] | string>): Uint8Array =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? ascii(part) : part)));
const zeros = (length: number): number[] => Array.from({ length }, () => 0);
const what = (data: Uint8Array): string | null => {
  const sniff = sniffBinary(data);
  return sniff?.kind === 'known' ? sniff.what : sniff ? 'unknown' : null;
};

describe('sniffBinary', () => {
  test('recognises common formats by their signatures', () => {
    assert.equal(what(bytes('%PDF-1.7\n%', [0xe2, 0xe3, 0xcf, 0xd3])), 'a PDF');
    assert.equal(what(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR')), 'a PNG image');
    assert.equal(what(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF', [0])), 'a JPEG image');
    assert.equal(what(bytes('GIF89a', [1, 0, 1, 0, 0x80, 0, 0])), 'a GIF image');
    assert.equal(what(bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 ')), 'a WebP image');
    assert.equal(what(bytes([0, 0, 0, 0x20], 'ftypisom', [0, 0, 2, 0])), 'a video file');
    assert.equal(what(bytes([0, 0, 0, 0x1c], 'ftypheic', [0, 0, 0, 0])), 'a HEIC photo');
    assert.equal(what(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], [0, 0, 0, 0])), 'an older Microsoft Office document (.doc, .xls or .ppt)');
    assert.equal(what(bytes([0x1f, 0x8b, 8, 0, 0, 0, 0, 0])), 'a gzip archive');
    assert.equal(what(bytes('SQLite format 3', [0, 0x10, 0])), 'an SQLite database');
    assert.equal(what(bytes([0x7f], 'ELF', [2, 1, 1, 0, 0, 0])), 'a program (ELF executable)');
    assert.equal(what(bytes('{\\rtf1\\ansi Hello}')), 'a Rich Text (RTF) document');
  });

  test('tells zip containers apart by their entries', () => {
    const zip = (entry: string): Uint8Array => bytes('PK', [3, 4], zeros(26), entry, zeros(20));
    assert.equal(what(zip('word/document.xml')), 'a Word document (.docx)');
    assert.equal(what(zip('xl/workbook.xml')), 'an Excel spreadsheet (.xlsx)');
    assert.equal(what(zip('ppt/presentation.xml')), 'a PowerPoint presentation (.pptx)');
    assert.equal(what(zip('mimetypeapplication/epub+zip')), 'an EPUB e-book');
    assert.equal(what(zip('mimetypeapplication/vnd.oasis.opendocument.text')), 'an OpenDocument text document (.odt)');
    assert.equal(what(zip('photos/cat.jpg')), 'a ZIP archive');
  });

  test('recognises SVG as an image even though it is text', () => {
    assert.equal(what(bytes('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>')), 'an SVG image');
  });

  test('text is not binary, whatever it starts with', () => {
    assert.equal(what(bytes('MZ is how the story starts, and it is just text.\n')), null);
    assert.equal(what(bytes('ID3 tags are described in this plain text note.\n')), null);
    assert.equal(what(new TextEncoder().encode('Plain text with tabs\tand\r\nline endings, and ünïcödé.')), null);
  });

  test('UTF-16 text, with or without a BOM, is not binary', () => {
    const text = 'Hello from a UTF-16 file with plenty of ASCII letters.';
    assert.equal(what(new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')])), null);
    assert.equal(what(new Uint8Array(Buffer.from(text, 'utf16le'))), null);
  });

  test('unknown binary data is caught by its NUL and control bytes', () => {
    const noise = new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    assert.equal(what(noise), 'unknown');
    const sparseNul = new TextEncoder().encode(`${'text '.repeat(100)}\u0000${'more '.repeat(100)}\u0000`);
    assert.equal(what(sparseNul), 'unknown');
  });
});

describe('readUnicodeSignature', () => {
  test('reads BOMs and the NUL pattern of BOM-less UTF-16', () => {
    assert.deepEqual(readUnicodeSignature(bytes([0xef, 0xbb, 0xbf], 'a')), { encoding: 'utf-8', skip: 3 });
    assert.deepEqual(readUnicodeSignature(bytes([0xfe, 0xff, 0, 0x41])), { encoding: 'utf-16be', skip: 2 });
    const be = new Uint8Array(Buffer.from('Big-endian text here', 'utf16le').swap16());
    assert.deepEqual(readUnicodeSignature(be), { encoding: 'utf-16be', skip: 0 });
    assert.equal(readUnicodeSignature(bytes('plain')), null);
  });
});
