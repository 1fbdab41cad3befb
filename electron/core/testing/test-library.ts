// A core over a temp folder for tests of tags, bulk actions and saved searches, with a typed-enough call and the events seen.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LecternEvent } from '../../shared/events.ts';
import type { AnchoredHighlight, ArticleSummary } from '../../shared/models.ts';
import { articleText } from '../annotations/article-text.ts';
import { createCore } from '../create-core.ts';
import { tempDir } from './temp-dir.ts';

/** Opens (or reopens) a library with a short undo window; call() throws with the code on failure. */
export async function openTestLibrary(dataDir?: string) {
  const dir = dataDir ?? (await tempDir());
  const core = await createCore({ dataDir: dir, rendererDir: '', owner: 'a test', undoWindowMs: 50, progressFlushMs: 10 });
  const events: LecternEvent[] = [];
  core.events.on((event) => events.push(event));
  const attempt = (method: string, input: unknown) => core.dispatchUntyped(method, input);
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const result = await attempt(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.code} ${result.message}`);
    return result.value as T;
  };
  const add = async (title: string) => (await call<ArticleSummary>('articles.importText', { text: `${title}\n\nThe river ran slowly past the mill.`, format: 'text', title })).id;
  const highlight = async (articleId: string, tags: string[]) => {
    const text = articleText(await readFile(join(dir, 'articles', articleId, 'body.html'), 'utf8'));
    const start = text.indexOf('river');
    assert.ok(start >= 0);
    return call<AnchoredHighlight>('highlights.create', { articleId, start, end: start + 5, color: 'yellow', tags });
  };
  const get = (id: string) => call<ArticleSummary>('articles.get', { id });
  return { dir, core, events, attempt, call, add, highlight, get };
}
