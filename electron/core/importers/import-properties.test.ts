// Property tests: whatever bytes or text arrive, importing answers an article or an error core can explain
// (a CoreError with a code and a sentence), never another throw. Seeded, so a failure can be replayed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { anchor } from '../../shared/annotations/anchor.ts';
import { guessTextKind } from '../../shared/text-kind.ts';
import { CoreError } from '../core-error.ts';
import { importFileBytes, importPastedText } from './import-content.ts';

const SETTINGS = { seed: 20261207, numRuns: 150 };
const NAMES = ['a.html', 'a.md', 'a.txt', 'notes', 'page.htm'];
const markupish = fc.array(fc.constantFrom('<p>', '</p>', '<div>', '<h1>', '</h1>', '# ', '- ', '**', '\n\n', 'word ', 'é', '中文', '<script>', '<!--', '&amp;', '\u0000'), { maxLength: 80 }).map((parts) => parts.join(''));

function explainedOrArticle(work: () => unknown): void {
  try {
    const article = work() as { title: string; html: string };
    assert.equal(typeof article.title, 'string');
    assert.doesNotMatch(article.html, /<script/i);
  } catch (error) {
    assert.ok(error instanceof CoreError, `not explained: ${(error as Error)?.stack ?? String(error)}`);
    assert.ok(error.message.length > 10);
  }
}

test('any bytes under any name give an article or an explained refusal', () => {
  fc.assert(fc.property(fc.constantFrom(...NAMES), fc.uint8Array({ maxLength: 2000 }), (name, bytes) => explainedOrArticle(() => importFileBytes(name, bytes))), SETTINGS);
});

test('any markup-like text, pasted or as a file, gives an article or an explained refusal', () => {
  fc.assert(
    fc.property(markupish, fc.constantFrom(...NAMES), (text, name) => {
      explainedOrArticle(() => importPastedText(text, guessTextKind(text)));
      explainedOrArticle(() => importFileBytes(name, new TextEncoder().encode(text)));
    }),
    SETTINGS,
  );
});

test('anchoring any quote in any text answers a range inside the text or null, never a throw', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 400 }), fc.string({ maxLength: 40 }), fc.nat(500), (text, quote, start) => {
      const found = anchor(text, [
        { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start, end: start + quote.length },
      ]);
      if (found !== null) assert.ok(found.start >= 0 && found.start <= found.end && found.end <= text.length);
    }),
    SETTINGS,
  );
});
