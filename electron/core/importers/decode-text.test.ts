import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import iconv from 'iconv-lite';
import { codecForLabel, decodeText, declaredCharset } from './decode-text.ts';

const bytesOf = (text: string, encoding: string): Uint8Array => new Uint8Array(iconv.encode(text, encoding));

describe('decodeText', () => {
  test('UTF-8 with and without a BOM', () => {
    const text = 'Café — “naïve” 日本';
    assert.deepEqual(decodeText(new TextEncoder().encode(text)), { text, encoding: 'utf-8' });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    assert.deepEqual(decodeText(withBom), { text, encoding: 'utf-8' });
  });

  test('UTF-16 LE and BE by their BOM', () => {
    const text = 'Grüße aus Köln — 東京';
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    assert.deepEqual(decodeText(le), { text, encoding: 'utf-16le' });
    const be = new Uint8Array([0xfe, 0xff, ...bytesOf(text, 'utf-16be')]);
    assert.deepEqual(decodeText(be), { text, encoding: 'utf-16be' });
  });

  test('UTF-16 LE without a BOM, recognised by its NUL bytes', () => {
    const text = 'Plain English text saved as UTF-16 without a byte-order mark.';
    assert.deepEqual(decodeText(new Uint8Array(Buffer.from(text, 'utf16le'))), { text, encoding: 'utf-16le' });
  });

  test('Latin-1 and Windows-1252 text never turns into mojibake', () => {
    const samples = [
      'Le garçon a mangé une pâtisserie. « Très bien », dit-il — c’était délicieux.',
      'Über die Brücke gehen wir nächste Woche, sagte Jürgen.',
      'El niño comió piña en la mañana. ¿Qué pasó?',
      'Ça va? Oui.',
      'Résumé cafe',
      'naïve',
      'Smörgåsbord',
    ];
    for (const text of samples) {
      const decoded = decodeText(bytesOf(text, 'windows-1252'));
      assert.equal(decoded.text, text, `decoded as ${decoded.encoding}`);
    }
  });

  test('ISO-8859-1 bytes read as Windows-1252, its superset', () => {
    const decoded = decodeText(bytesOf('Años de soledad en Macondo, según el autor.', 'iso-8859-1'));
    assert.equal(decoded.text, 'Años de soledad en Macondo, según el autor.');
    assert.equal(decoded.encoding, 'windows-1252');
  });

  test('legacy Asian and Cyrillic encodings are detected', () => {
    const cases: Array<[string, string]> = [
      ['日本語のテキストです。これはテストです。東京は大きな都市です。', 'shift_jis'],
      ['这是一个中文测试。北京是中国的首都。我们今天去公园散步。', 'gb18030'],
      ['안녕하세요. 이것은 한국어 텍스트입니다. 서울은 큰 도시입니다.', 'euc-kr'],
      ['Привет, как дела? Это русский текст для проверки кодировки.', 'windows-1251'],
    ];
    for (const [text, encoding] of cases) assert.equal(decodeText(bytesOf(text, encoding)).text, text, encoding);
  });

  test('a page that declares its charset is read with it', () => {
    const html = '<html><head><meta charset="windows-1251"></head><body>Да</body></html>';
    const decoded = decodeText(bytesOf(html, 'windows-1251'), { markup: true });
    assert.equal(decoded.text, html);
    assert.equal(decoded.encoding, 'windows-1251');
  });

  test('a declaration after a long head is still found', () => {
    const html = `<html><head><script>${'var x = 1;\n'.repeat(300)}</script><meta http-equiv="Content-Type" content="text/html; charset=Windows-1250"></head><body>Zażółć gęślą jaźń</body></html>`;
    assert.equal(decodeText(bytesOf(html, 'windows-1250'), { markup: true }).text, html);
  });

  test('valid UTF-8 wins over a wrong declaration', () => {
    const html = '<meta charset="iso-8859-1"><p>Ça marche très bien.</p>';
    assert.equal(decodeText(new TextEncoder().encode(html), { markup: true }).text, html);
  });

  test('ISO-2022-JP is 7-bit but still recognised', () => {
    // "こんにちは。こんにちは。" in JIS X 0208, between the escapes that switch to it and back to ASCII.
    const kana = [0x24, 0x33, 0x24, 0x73, 0x24, 0x4b, 0x24, 0x41, 0x24, 0x4f, 0x21, 0x23];
    const jis = new Uint8Array([0x1b, 0x24, 0x42, ...kana, ...kana, 0x1b, 0x28, 0x42, 0x0a]);
    assert.equal(decodeText(jis).text, 'こんにちは。こんにちは。\n');
  });
});

describe('charset labels', () => {
  test('labels map to the WHATWG supersets', () => {
    assert.equal(codecForLabel('ISO-8859-1'), 'windows-1252');
    assert.equal(codecForLabel('"Shift_JIS"'), 'cp932');
    assert.equal(codecForLabel('GB2312'), 'gb18030');
    assert.equal(codecForLabel('utf-16'), 'utf-8');
    assert.equal(codecForLabel('no-such-charset'), null);
  });

  test('declared charset from meta, http-equiv and the XML declaration', () => {
    const enc = (text: string): Uint8Array => new TextEncoder().encode(text);
    assert.equal(declaredCharset(enc('<meta charset=euc-jp>')), 'euc-jp');
    assert.equal(declaredCharset(enc('<meta http-equiv="Content-Type" content="text/html; charset=KOI8-R">')), 'KOI8-R');
    assert.equal(declaredCharset(enc('<?xml version="1.0" encoding="ISO-8859-2"?><html/>')), 'ISO-8859-2');
    assert.equal(declaredCharset(enc('<p>none</p>')), null);
  });
});
