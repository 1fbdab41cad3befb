import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importFileBytes } from './import-content.ts';
import { sniffBinary } from './sniff-binary.ts';

const SAMPLES: Record<string, { text: string; title: string }> = {
  Russian: { text: '# Заголовок\n\nЭто длинный абзац на русском языке о медленном чтении и внимании.\n\nЕщё один абзац.\n', title: 'Заголовок' },
  Chinese: { text: '# 标题\n\n这是一个关于慢读和注意力的中文段落，内容很长很长。\n\n另一个段落在这里。\n', title: '标题' },
  Hebrew: { text: '# כותרת\n\nזהו מאמר ארוך בעברית על קריאה איטית ועל תשומת לב לפרטים.\n\nעוד פסקה.\n', title: 'כותרת' },
  Arabic: { text: '# عنوان\n\nهذه مقالة طويلة باللغة العربية عن القراءة البطيئة والانتباه.\n\nفقرة أخرى.\n', title: 'عنوان' },
};

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  return new Uint8Array(endian === 'le' ? le : le.swap16());
}

for (const [script, sample] of Object.entries(SAMPLES)) {
  for (const endian of ['le', 'be'] as const) {
    test(`${script} UTF-16${endian.toUpperCase()} without a BOM imports as .txt and .md`, () => {
      const bytes = utf16(sample.text, endian);
      assert.equal(sniffBinary(bytes), null);
      const markdown = importFileBytes('notes.md', bytes);
      assert.equal(markdown.title, sample.title);
      assert.ok(markdown.text.includes(sample.text.split('\n')[2]!.slice(0, 12)), markdown.text);
      const text = importFileBytes('notes.txt', bytes);
      assert.ok(text.text.includes(sample.text.split('\n')[2]!.slice(0, 12)), text.text);
    });
  }
}

test('binary data with NULs is still binary, not taken for UTF-16', () => {
  const noise = new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i % 3 === 0 ? 0 : (i * 7919 + 13) % 256)));
  assert.deepEqual(sniffBinary(noise), { kind: 'unknown' });
  // UTF-8 Cyrillic with stray NULs, cut to an even length: read as UTF-16 it is all CJK and no ASCII, so not text.
  const eightBit = new TextEncoder().encode(`${'Привет, мир. '.repeat(40)}\u0000\u0000${'ещё '.repeat(40)}`);
  assert.deepEqual(sniffBinary(eightBit.length % 2 ? eightBit.subarray(1) : eightBit), { kind: 'unknown' });
});
