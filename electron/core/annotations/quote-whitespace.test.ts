import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AnchoredHighlight, ArticleSummary } from '../../shared/models.ts';
import { createCore } from '../create-core.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { articleText } from './article-text.ts';
import { tidyWhitespace } from './quote-whitespace.ts';

// A page's source layout kept in the body: paragraphs indented by 32 spaces, as real pages are.
const INDENT = `\n${' '.repeat(32)}`;
const BODY = `<div>${INDENT}<p>The river ran slowly past the mill,${INDENT}and nobody was in a hurry.</p>${INDENT}<p>By noon the light had changed.</p>${INDENT}<p>Evening came.</p>\n</div>`;

async function setup() {
  const dir = await tempDir();
  const core = await createCore({ dataDir: dir, rendererDir: '', owner: 'a test', undoWindowMs: 50, progressFlushMs: 10 });
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const result = await core.dispatchUntyped(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.code} ${result.message}`);
    return result.value as T;
  };
  const { id } = await call<ArticleSummary>('articles.importText', { text: 'Placeholder text for the article body.', format: 'text', title: 'The mill' });
  await writeFile(join(dir, 'articles', id, 'body.html'), BODY);
  return { core, call, id };
}

test('a highlight across paragraphs is stored without the source indentation, its break kept', async () => {
  const { core, call, id } = await setup();
  const text = articleText(BODY);
  const start = text.indexOf('past the mill');
  const end = text.indexOf('light had') + 'light had'.length;
  const created = await call<AnchoredHighlight>('highlights.create', { articleId: id, start, end, color: 'yellow', quote: text.slice(start, end) });
  const [quote] = created.selectors;
  assert.equal(quote.exact, 'past the mill, and nobody was in a hurry.\n\nBy noon the light had');
  assert.equal(quote.prefix, '\n\nThe river ran slowly ');
  assert.equal(quote.suffix, ' changed.\n\n', 'the context window ends inside the next indentation');
  assert.ok(!/ {2}/.test(quote.prefix + quote.exact + quote.suffix), 'no run of spaces is left');

  // It still lands on the same words when the article is listed again.
  const [listed] = await call<AnchoredHighlight[]>('highlights.list', { articleId: id });
  assert.deepEqual([listed?.start, listed?.end, listed?.orphaned], [start, end, false]);

  const markdown = await call<{ content: string }>('articles.export', { id, format: 'markdown' });
  assert.match(markdown.content, /\n> past the mill, and nobody was in a hurry\.\n>\n> By noon the light had\n/);
  const annotations = await call<{ content: string }>('articles.export', { id, format: 'annotations' });
  assert.ok(!annotations.content.includes('  '.repeat(8)), 'no indentation in the W3C selectors');
  await core.close();
});

test('quotes stored before tidying are tidied on export: indentation out, paragraph breaks in', () => {
  assert.equal(tidyWhitespace(`the mill.${INDENT}By noon`), 'the mill.\n\nBy noon');
  assert.equal(tidyWhitespace('the mill.\nBy noon'), 'the mill.\nBy noon', 'a bare line break (a <br>) stays one');
  assert.equal(tidyWhitespace('slowly   past\tthe\u00a0mill'), 'slowly past the mill');
  assert.equal(tidyWhitespace('one.\n\n\nTwo'), 'one.\n\nTwo');
});
