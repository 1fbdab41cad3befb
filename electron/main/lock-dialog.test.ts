import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { Core } from '../core/core-types.ts';
import type { LibraryState } from '../shared/models.ts';
import { lockDialog, openCoreWhenUnlocked, type LockDialog } from './lock-dialog.ts';

function fakeCore(state: LibraryState) {
  let closed = 0;
  const core: Core & { closed(): number } = {
    dispatch: (async (method: string) => (method === 'library.status' ? { ok: true, value: state } : { ok: true, value: null })) as Core['dispatch'],
    dispatchUntyped: async () => ({ ok: true, value: null }),
    handleAppRequest: async () => new Response('x'),
    events: { on: () => () => {} },
    close: async () => void closed++,
    closed: () => closed,
  };
  return core;
}

const locked: LibraryState = { state: 'locked', message: 'The lectern command (pid 42) has it open.', dataDir: '/lib' };
const ok: LibraryState = { state: 'ok', articleCount: 3, dataDir: '/lib' };

describe('openCoreWhenUnlocked', () => {
  test('an unlocked library opens without asking', async () => {
    const core = fakeCore(ok);
    const asked: LockDialog[] = [];
    const opened = await openCoreWhenUnlocked(async () => core, '/lib', async (d) => (asked.push(d), 'quit'));
    assert.equal(opened, core);
    assert.equal(asked.length, 0);
  });

  test('a locked library asks, closes the half-open core, and retries until unlocked', async () => {
    const cores = [fakeCore(locked), fakeCore(locked), fakeCore(ok)];
    let created = 0;
    const asked: LockDialog[] = [];
    const opened = await openCoreWhenUnlocked(async () => cores[created++]!, '/lib', async (d) => (asked.push(d), 'retry'));
    assert.equal(opened, cores[2]);
    assert.equal(asked.length, 2);
    assert.match(asked[0]!.detail, /pid 42/);
    assert.equal(cores[0]!.closed(), 1);
    assert.equal(cores[2]!.closed(), 0);
  });

  test('choosing Quit returns null', async () => {
    const opened = await openCoreWhenUnlocked(async () => fakeCore(locked), '/lib', async () => 'quit');
    assert.equal(opened, null);
  });

  test('createCore failing with LIBRARY_LOCKED is treated like a locked status', async () => {
    const error = Object.assign(new Error('Locked by the lectern command.'), { code: 'LIBRARY_LOCKED' });
    const asked: LockDialog[] = [];
    const opened = await openCoreWhenUnlocked(() => Promise.reject(error), '/data', async (d) => (asked.push(d), 'quit'));
    assert.equal(opened, null);
    assert.match(asked[0]!.detail, /Locked by the lectern command\.[\s\S]*\/data/);
  });

  test('other failures propagate', async () => {
    await assert.rejects(
      openCoreWhenUnlocked(() => Promise.reject(new Error('EACCES')), '/lib', async () => 'retry'),
      /EACCES/,
    );
  });
});

test('lockDialog names the folder and offers Try Again then Quit', () => {
  const d = lockDialog({ message: 'm', dataDir: '/home/ada/.config/Lectern' });
  assert.deepEqual(d.buttons, ['Try Again', 'Quit']);
  assert.match(d.detail, /\/home\/ada\/\.config\/Lectern/);
});
