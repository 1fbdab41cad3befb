import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleSummary } from '../../shared/models.ts';
import { openTestLibrary } from '../testing/test-library.ts';

test('the article document names its language, and says "und" (undetermined) when nobody knows it', async () => {
  const { core, call, add } = await openTestLibrary();
  const page = async (id: string) => (await core.handleAppRequest(new Request(`lectern://app/articles/${id}/document`))).text();

  const pasted = await add('A note without a language');
  assert.match(await page(pasted), /<html lang="und" dir="ltr">/);

  const html = '<!doctype html><html lang="de"><head><title>Der Fluss</title></head><body><article><h1>Der Fluss</h1><p>Der Fluss floss langsam an der Mühle vorbei, und niemand hatte es eilig.</p></article></body></html>';
  const german = await call<ArticleSummary>('articles.importText', { text: html, format: 'html' });
  assert.match(await page(german.id), /<html lang="de" dir="ltr">/);
  await core.close();
});
