import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNoteDraft } from './note-draft.ts';

// The draft talks to core through the window bridge; a recording stand-in plays core here.
const saved: { id: string; note: string }[] = [];
let failuresLeft = 0;
(globalThis as unknown as { window: unknown }).window = {
  lectern: {
    shell: 'browser',
    invoke: async (method: string, input: { id: string; note: string }) => {
      assert.equal(method, 'notes.save');
      if (failuresLeft > 0) {
        failuresLeft--;
        return { ok: false, code: 'IO_ERROR', message: 'The disk is full.' };
      }
      saved.push(input);
      return { ok: true, value: { noteUpdatedAt: new Date().toISOString() } };
    },
  },
};

test('typing is saved once, after the pause, with the last text', async () => {
  saved.length = 0;
  const draft = createNoteDraft('article-1', '', 30);
  draft.edit('H');
  draft.edit('He');
  draft.edit('Hello');
  assert.equal(draft.state.value, 'pending');
  await new Promise((r) => setTimeout(r, 80));
  assert.deepEqual(saved, [{ id: 'article-1', note: 'Hello' }]);
  assert.equal(draft.state.value, 'saved');
});

test('leaving flushes at once; an unchanged text is not written', async () => {
  saved.length = 0;
  const draft = createNoteDraft('article-2', 'kept', 10_000);
  draft.edit('kept');
  await draft.flush();
  assert.deepEqual(saved, []);
  draft.edit('kept, and more');
  await draft.flush();
  assert.deepEqual(saved, [{ id: 'article-2', note: 'kept, and more' }]);
  draft.dispose();
});

test('a failed save says why and the next edit saves again', async () => {
  saved.length = 0;
  const draft = createNoteDraft('article-3', '', 10_000);
  // The save and the retry on flush both fail.
  failuresLeft = 2;
  draft.edit('first');
  await draft.flush();
  assert.equal(draft.state.value, 'error');
  assert.equal(draft.error.value, 'The disk is full.');
  draft.edit('second');
  await draft.flush();
  assert.equal(draft.state.value, 'saved');
  assert.equal(draft.error.value, null);
  assert.deepEqual(saved, [{ id: 'article-3', note: 'second' }]);
});
