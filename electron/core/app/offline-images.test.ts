import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleSummary } from '../../shared/models.ts';
import { makePng } from '../capture/testing/tiny-images.ts';
import { openTestLibrary } from '../testing/test-library.ts';

const PARAGRAPHS = '<p>The river ran slowly past the mill, and nobody on the towpath was in any hurry at all that day.</p>'.repeat(4);
const PNG = `data:image/png;base64,${Buffer.from(makePng(40, 30)).toString('base64')}`;
const PAGE = `<html><head><title>The mill</title></head><body><article><h1>The mill</h1>${PARAGRAPHS}
<img src="https://tracker.example/photo.jpg" alt="The mill at dawn"><img src="pics/local.png" alt="Weir">
<img src="${PNG}" alt="Drawing"><picture><source srcset="https://cdn.example/big.webp"><img src="https://cdn.example/big.jpg" alt="Big"></picture>${PARAGRAPHS}</article></body></html>`;

async function bodyOf(dir: string, article: ArticleSummary): Promise<string> {
  return readFile(join(dir, 'articles', article.id, 'body.html'), 'utf8');
}

for (const [how, method, input] of [
  ['a file import', 'articles.importFile', { name: 'mill.html', dataBase64: Buffer.from(PAGE).toString('base64') }],
  ['a paste', 'articles.importText', { text: PAGE, format: 'html', title: 'The mill' }],
] as const) {
  test(`${how} keeps no remote picture: remote ones become placeholders, data: ones are stored locally`, async () => {
    const { dir, core, call } = await openTestLibrary();
    try {
      const article = await call<ArticleSummary>(method, input);
      const body = await bodyOf(dir, article);
      assert.doesNotMatch(body, /tracker\.example|cdn\.example|pics\/local\.png|imported-file\.invalid|data:image/);
      assert.match(body, /aria-label="The mill at dawn"/);
      assert.match(body, /aria-label="Weir"/);
      assert.match(body, new RegExp(`<img[^>]+src="/articles/${article.id}/assets/[\\w.-]+\\.png"`));
      assert.equal((await readdir(join(dir, 'articles', article.id, 'assets'))).length, 1);
    } finally {
      await core.close();
    }
  });
}

test('an import without pictures stores no assets folder', async () => {
  const { dir, core, call } = await openTestLibrary();
  try {
    const article = await call<ArticleSummary>('articles.importText', { text: `<h1>Plain</h1>${PARAGRAPHS}`, format: 'html', title: 'Plain' });
    assert.ok(!(await readdir(join(dir, 'articles', article.id))).includes('assets'));
  } finally {
    await core.close();
  }
});
