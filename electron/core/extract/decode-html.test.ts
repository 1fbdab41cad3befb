import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { charsetFromContentType, decodeHtml, normalizeLabel, prescanMetaCharset } from './decode-html.ts';

const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const page = (head: string, body: string): string => `<!doctype html><html><head>${head}</head><body><p>${body}</p></body></html>`;

describe('decodeHtml', () => {
  test('honours a UTF-8 byte order mark over every declaration', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(page('<meta charset="windows-1252">', 'Grüße'))]);
    const out = decodeHtml(bytes, 'text/html; charset=iso-8859-1');
    assert.equal(out.source, 'bom');
    assert.match(out.text, /Grüße/);
  });

  test('decodes UTF-16LE with a BOM', () => {
    const text = page('', 'Ça va');
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i);
    assert.match(decodeHtml(bytes).text, /Ça va/);
  });

  test('uses the HTTP header charset for legacy bytes', () => {
    const out = decodeHtml(latin1(page('', 'Grüße aus Köln')), 'text/html; charset=ISO-8859-1');
    assert.equal(out.source, 'header');
    assert.equal(out.encoding, 'windows-1252');
    assert.match(out.text, /Grüße aus Köln/);
  });

  test('uses <meta charset> and <meta http-equiv> when there is no header', () => {
    assert.match(decodeHtml(latin1(page('<meta charset="iso-8859-15">', 'café'))).text, /café/);
    const equiv = decodeHtml(latin1(page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">', 'naïve')));
    assert.equal(equiv.source, 'meta');
    assert.match(equiv.text, /naïve/);
  });

  test('decodes Shift_JIS declared in the page', () => {
    // 日本 in Shift_JIS is 93 FA 96 7B.
    const head = latin1('<html><head><meta charset="shift_jis"></head><body><p>');
    const bytes = new Uint8Array([...head, 0x93, 0xfa, 0x96, 0x7b, ...latin1('</p></body></html>')]);
    assert.match(decodeHtml(bytes).text, /日本/);
  });

  test('reads valid UTF-8 as UTF-8 even when the page claims Latin-1', () => {
    const out = decodeHtml(utf8(page('<meta charset="iso-8859-1">', 'Grüße, señor, Ελληνικά')));
    assert.equal(out.source, 'utf8-valid');
    assert.match(out.text, /Grüße, señor, Ελληνικά/);
  });

  test('does not trust a UTF-8 declaration on Latin-1 bytes', () => {
    const text = 'Die Straße führt über die Brücke zur Kirche, wo die Glocken läuten. '.repeat(5);
    const out = decodeHtml(latin1(page('<meta charset="utf-8">', text)));
    assert.equal(out.source, 'detector');
    assert.match(out.text, /Straße führt über die Brücke/);
  });

  test('keeps mostly-UTF-8 pages as UTF-8 despite a few stray bytes', () => {
    const good = utf8(page('', 'Schön grün, süß und höflich. '.repeat(10)));
    const bytes = new Uint8Array([...good.subarray(0, 40), 0xe9, ...good.subarray(40)]);
    assert.match(decodeHtml(bytes).text, /Schön grün, süß/);
  });

  test('pure ASCII without declaration decodes as UTF-8', () => {
    assert.equal(decodeHtml(utf8(page('', 'plain'))).encoding, 'utf-8');
  });
});

describe('charset helpers', () => {
  test('parses Content-Type values', () => {
    assert.equal(charsetFromContentType('text/html; charset="UTF-8"'), 'UTF-8');
    assert.equal(charsetFromContentType('text/html'), null);
  });
  test('ignores meta tags inside comments', () => {
    assert.equal(prescanMetaCharset(latin1('<!-- <meta charset="koi8-r"> --><meta charset="utf-8">')), 'utf-8');
  });
  test('maps labels to WHATWG names', () => {
    assert.equal(normalizeLabel('latin1'), 'windows-1252');
    assert.equal(normalizeLabel('cp1251'), 'windows-1251');
    assert.equal(normalizeLabel('no-such-charset'), null);
  });
});
