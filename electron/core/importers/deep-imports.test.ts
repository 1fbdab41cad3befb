import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MAX_NESTING } from '../extract/nesting-cap.ts';
import { importFileBytes, importPastedText } from './import-content.ts';
import { htmlDepth, sentence } from '../testing/deep-html.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function assertDeepArticle(article: { text: string; html: string }, maxDepth: number): void {
  assert.match(article.text, /Marker TOP sits/);
  assert.match(article.text, /Marker DEEPEST sits/);
  assert.ok(htmlDepth(article.html) <= maxDepth, `article HTML nests ${htmlDepth(article.html)} deep`);
}

describe('importing files nested tens of thousands deep', () => {
  for (const levels of [20_000, 100_000]) {
    const count = levels.toLocaleString('en');
    test(`an HTML page of ${count} nested <div>s becomes an article`, { timeout: 30_000 }, () => {
      const page = `<!doctype html><html><body><p>${sentence('TOP')}</p>${'<div>'.repeat(levels)}<p>${sentence('DEEPEST')}</p>${'</div>'.repeat(levels)}</body></html>`;
      assertDeepArticle(importFileBytes('deep.html', utf8(page)), MAX_NESTING);
    });

    test(`a pasted HTML fragment of ${count} unclosed <b>s is kept whole`, { timeout: 30_000 }, () => {
      assertDeepArticle(importPastedText(`<p>${sentence('TOP')}</p>${'<b>'.repeat(levels)}${sentence('DEEPEST')}`, 'html'), MAX_NESTING);
    });

    for (const [name, markers] of [['block quotes', '>'], ['lists', '- '], ['quoted lists', '> 1. ']] as const) {
      test(`Markdown with ${count} nested ${name} on one line becomes an article`, { timeout: 30_000 }, () => {
        const article = importFileBytes('deep.md', utf8(`${sentence('TOP')}\n\n${markers.repeat(levels)} ${sentence('DEEPEST')}\n`));
        // Twelve containers, a list one two elements deep (<ol><li>).
        assertDeepArticle(article, 24);
      });
    }

    test(`Markdown with emphasis nested ${count} deep becomes an article`, { timeout: 30_000 }, () => {
      const article = importPastedText(`${sentence('TOP')}\n\n${'*a _b '.repeat(levels / 2)}${sentence('DEEPEST')}${' b_ a*'.repeat(levels / 2)}\n`, 'markdown');
      assertDeepArticle(article, 40);
    });
  }

  test('Markdown list items each indented one level deeper, 3,000 of them, become an article', { timeout: 30_000 }, () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i)}- item ${i}`);
    const article = importPastedText(`${sentence('TOP')}\n\n${lines.join('\n')}\n${'  '.repeat(3000)}- ${sentence('DEEPEST')}\n`, 'markdown');
    assertDeepArticle(article, 60);
  });
});
