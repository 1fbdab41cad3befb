import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from '../testing/temp-dir.ts';
import { startIndex } from './index-client.ts';
import type { IndexDoc } from './index-engine.ts';

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
      const found = await client.call('search', '"river"', 10);
      assert.equal(found.best!.ids, 'a1\na2', 'the title weighs more than the body');
      assert.ok(found.best!.scores[0]! > found.best!.scores[1]!);
      assert.equal((await client.call('search', '"river"', 1)).best!.ids, 'a1', 'only the best, when asked for one');
      assert.deepEqual((await client.call('search', '"lwn"', null)).ids.split('\n').sort(), ['a1', 'a2'], 'the site is indexed');
      assert.equal((await client.call('search', '"lwn"', null)).best, null);
      const snippets = await client.call('snippets', ['a2', 'gone'], ['river']);
      assert.deepEqual(Object.keys(snippets), ['a2']);
      assert.deepEqual(snippets.a2!.range, { start: 11, end: 16 }, "offsets in the text of the body");
      await client.call('write', [], ['a1']);
      assert.equal((await client.call('search', '"mill"', 10)).ids, '');
      await assert.rejects(client.call('search', 'NEAR(', 10), { name: 'IndexError', kind: 'query' });
      assert.deepEqual((await client.call('open', false)).signatures, { a2: 'sig-a2' }, 'what it holds survives reopening');
    } finally {
      await client.close();
    }
  });
}
