import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from '../testing/temp-dir.ts';
import { startIndex } from './index-client.ts';
import type { IndexDoc } from './index-engine.ts';
import { unpackSnippets } from './packed-snippets.ts';

async function doc(dir: string, id: string, body: string, title = 'A title'): Promise<IndexDoc> {
  const bodyPath = join(dir, `${id}.html`);
  await writeFile(bodyPath, body);
  return { id, signature: `sig-${id}`, title, author: 'Ada Brennan', site: 'LWN.net', url: 'https://lwn.net/a', note: '', highlights: '', bodyPath };
}

for (const threaded of [true, false]) {
  test(`the engine ${threaded ? 'in a worker thread' : 'inline'} indexes, ranks, cuts snippets and removes`, async () => {
    const dir = await tempDir();
    const client = startIndex(join(dir, 'search.sqlite'), { threaded });
    assert.equal(client.threaded, threaded);
    try {
      assert.deepEqual(await client.call('open', false), { signatures: {}, fresh: true });
      const docs = [await doc(dir, 'a1', '<p>The mill by the river.</p>', 'River mills'), await doc(dir, 'a2', '<p>Bees and a river.</p>')];
      await client.call('write', docs, []);
      const ranked = { everyId: false, snippets: null };
      const found = await client.call('search', '"river"', { best: 10, ...ranked });
      assert.equal(found.best!.ids, 'a1\na2', 'the title weighs more than the body');
      assert.ok(found.best!.scores[0]! > found.best!.scores[1]!);
      assert.equal(found.count, 2);
      const one = await client.call('search', '"river"', { best: 1, ...ranked });
      assert.equal(one.best!.ids, 'a1', 'only the best, when asked for one');
      assert.equal(one.count, 2, 'counted beyond the best');
      assert.equal(one.ids, null, 'the ids only when asked');
      assert.deepEqual((await client.call('search', '"river"', { best: 1, everyId: true, snippets: null })).ids!.split('\n').sort(), ['a1', 'a2'], 'every id beyond the best');
      assert.deepEqual((await client.call('search', '"river"', { best: 10, everyId: true, snippets: null })).ids!.split('\n'), ['a1', 'a2'], 'fewer than asked: the ranked list is every match');
      const lwn = await client.call('search', '"lwn"', { best: null, everyId: true, snippets: null });
      assert.deepEqual(lwn.ids!.split('\n').sort(), ['a1', 'a2'], 'the site is indexed');
      assert.equal(lwn.best, null);
      assert.equal((await client.call('search', '"lwn"', { best: null, everyId: false, snippets: null })).count, 2, 'counted without ranking');
      const paged = await client.call('search', '"river"', { best: 2, everyId: false, snippets: { terms: ['river'], from: 1, count: 5 } });
      assert.deepEqual([...unpackSnippets(paged.snippets).keys()], ['a2'], 'passages only for the page asked, in one trip');
      assert.deepEqual(unpackSnippets(paged.snippets).get('a2')!.range, { start: 11, end: 16 });
      const snippets = unpackSnippets(await client.call('snippets', ['a2', 'gone'], ['river']));
      assert.deepEqual([...snippets.keys()], ['a2']);
      assert.deepEqual(snippets.get('a2')!.range, { start: 11, end: 16 }, 'offsets in the text of the body');
      await client.call('write', [], ['a1']);
      const mill = await client.call('search', '"mill"', { best: 10, everyId: true, snippets: null });
      assert.equal(mill.ids, '');
      assert.equal(mill.count, 0);
      await assert.rejects(client.call('search', 'NEAR(', { best: 10, ...ranked }), { name: 'IndexError', kind: 'query' });
      assert.deepEqual((await client.call('open', false)).signatures, { a2: 'sig-a2' }, 'what it holds survives reopening');
    } finally {
      await client.close();
    }
  });
}
