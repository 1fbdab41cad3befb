import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { handleInvoke, registerInvokeHandler } from './ipc-invoke.ts';
import { IPC_INVOKE_CHANNEL } from '../shared/bridge.ts';
import type { Result } from '../shared/errors.ts';

function fakeCore() {
  const calls: Array<[string, unknown]> = [];
  return {
    calls,
    async dispatchUntyped(method: unknown, input: unknown): Promise<Result<unknown>> {
      calls.push([String(method), input]);
      return { ok: true, value: { echoed: method } };
    },
  };
}

const appTop = { senderFrame: { url: 'lectern://app/index.html', parent: null } };

describe('handleInvoke', () => {
  test('a trusted sender with a contract method reaches core with its input', async () => {
    const core = fakeCore();
    const result = await handleInvoke(core, appTop, 'settings.get', {});
    assert.deepEqual(result, { ok: true, value: { echoed: 'settings.get' } });
    assert.deepEqual(core.calls, [['settings.get', {}]]);
  });

  test('unknown or non-string method names never reach core', async () => {
    const core = fakeCore();
    for (const name of ['fs.readFile', '__proto__', 'constructor', 'toString', 42, null, undefined, { m: 1 }]) {
      const result = await handleInvoke(core, appTop, name, {});
      assert.equal(result.ok, false);
      assert.equal(result.ok === false && result.code, 'UNKNOWN_METHOD');
    }
    assert.equal(core.calls.length, 0);
  });

  test('untrusted senders are refused before anything else', async () => {
    const core = fakeCore();
    const events = [
      { senderFrame: null },
      { senderFrame: { url: 'lectern://app/articles/x/index.html', parent: appTop.senderFrame } },
      { senderFrame: { url: 'https://evil.example/', parent: null } },
      {
        get senderFrame(): never {
          throw new Error('frame destroyed');
        },
      },
    ];
    for (const event of events) {
      const result = await handleInvoke(core, event, 'settings.get', {});
      assert.equal(result.ok === false && result.code, 'FORBIDDEN');
    }
    assert.equal(core.calls.length, 0);
  });
});

test('registerInvokeHandler wires the invoke channel and can remove it', async () => {
  const handlers = new Map<string, Function>();
  const ipc = {
    handle: (channel: string, fn: Function) => void handlers.set(channel, fn),
    removeHandler: (channel: string) => void handlers.delete(channel),
  };
  const core = fakeCore();
  const dispose = registerInvokeHandler(ipc as never, core);
  const handler = handlers.get(IPC_INVOKE_CHANNEL);
  assert.ok(handler);
  assert.deepEqual(await handler(appTop, 'library.status', {}), { ok: true, value: { echoed: 'library.status' } });
  dispose();
  assert.equal(handlers.size, 0);
});

test('methods only the shell may call are refused over IPC', async () => {
  const calls: string[] = [];
  const core = { dispatchUntyped: async (method: unknown) => (calls.push(String(method)), { ok: true as const, value: null }) };
  const top = { senderFrame: { url: 'lectern://app/index.html', parent: null } };
  const result = await handleInvoke(core, top, 'articles.importPaths', { paths: ['/home/me/.ssh/id_rsa'] });
  assert.equal(result.ok, false);
  assert.deepEqual(calls, []);
});
