import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createBridge, type BridgeIpc } from './create-bridge.ts';
import { isRendererMethod, methodNames } from '../shared/contract.ts';

type Listener = (event: unknown, payload: unknown) => void;

function fakeIpc(answer: (channel: string, args: unknown[]) => Promise<unknown> = async () => ({ ok: true, value: 1 })) {
  const invoked: Array<[string, ...unknown[]]> = [];
  const listeners = new Map<string, Set<Listener>>();
  const ipc: BridgeIpc & { invoked: typeof invoked; emit(channel: string, payload: unknown): void; count(channel: string): number } = {
    invoked,
    invoke(channel, ...args) {
      invoked.push([channel, ...args]);
      return answer(channel, args);
    },
    on(channel, listener) {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(listener);
    },
    removeListener(channel, listener) {
      listeners.get(channel)?.delete(listener);
    },
    emit(channel, payload) {
      // What ipcRenderer passes first: an event whose sender is ipcRenderer itself.
      const event = { sender: ipc, ports: [] };
      for (const l of listeners.get(channel) ?? []) l(event, payload);
    },
    count: (channel) => listeners.get(channel)?.size ?? 0,
  };
  return ipc;
}

describe('createBridge', () => {
  test('exposes exactly invoke, onEvent, onCommand and shell', () => {
    const ipc = fakeIpc();
    const bridge = createBridge(ipc);
    assert.deepEqual(Object.keys(bridge).sort(), ['invoke', 'onCommand', 'onEvent', 'shell']);
    assert.equal(bridge.shell, 'electron');
    assert.ok(Object.isFrozen(bridge));
    for (const value of Object.values(bridge)) assert.notEqual(value, ipc);
  });

  test('every renderer method is sent on the invoke channel with its input; shell-only ones are not', async () => {
    const ipc = fakeIpc();
    const bridge = createBridge(ipc);
    const rendererMethods = methodNames.filter((name) => isRendererMethod(name));
    assert.ok(rendererMethods.length > 10 && !rendererMethods.includes('articles.importPaths'));
    for (const name of rendererMethods) {
      assert.deepEqual(await bridge.invoke(name, {} as never), { ok: true, value: 1 });
    }
    assert.deepEqual(ipc.invoked.map((c) => c[0]), rendererMethods.map(() => 'lectern:invoke'));
    assert.deepEqual(ipc.invoked.map((c) => c[1]), rendererMethods);
    assert.deepEqual(ipc.invoked[0]?.[2], {});
    const refused = await bridge.invoke('articles.importPaths', { paths: ['/etc/passwd'] });
    assert.equal(refused.ok, false);
    assert.equal(ipc.invoked.length, rendererMethods.length);
  });

  test('names outside the contract are refused without sending anything', async () => {
    const ipc = fakeIpc();
    const bridge = createBridge(ipc);
    for (const name of ['fs.readFile', 'shell.openExternal', '__proto__', 'constructor', 'hasOwnProperty', '', 7, null]) {
      const result = await bridge.invoke(name as never, {} as never);
      assert.equal(result.ok, false);
      assert.equal(result.ok === false && result.code, 'UNKNOWN_METHOD');
    }
    assert.equal(ipc.invoked.length, 0);
  });

  test('a failing shell becomes an error result, not an exception', async () => {
    const bridge = createBridge(fakeIpc(() => Promise.reject(new Error('Refused'))));
    const result = await bridge.invoke('settings.get', {});
    assert.equal(result.ok, false);
    assert.equal(result.ok === false && result.code, 'INTERNAL');
  });

  test('onEvent delivers only the payload, never the IPC event, and unsubscribes', () => {
    const ipc = fakeIpc();
    const bridge = createBridge(ipc);
    const got: unknown[] = [];
    const off = bridge.onEvent((...args: unknown[]) => got.push(args));
    const event = { name: 'library.changed', payload: { ids: ['a'] } };
    ipc.emit('lectern:event', event);
    assert.deepEqual(got, [[event]]);
    off();
    off();
    assert.equal(ipc.count('lectern:event'), 0);
    ipc.emit('lectern:event', event);
    assert.equal(got.length, 1);
  });

  test('onCommand passes known shell commands only', () => {
    const ipc = fakeIpc();
    const bridge = createBridge(ipc);
    const got: unknown[] = [];
    const off = bridge.onCommand((c) => got.push(c));
    ipc.emit('lectern:command', 'open-files');
    ipc.emit('lectern:command', 'rm -rf');
    ipc.emit('lectern:command', { command: 'paste' });
    ipc.emit('lectern:command', 'command-palette');
    assert.deepEqual(got, ['open-files', 'command-palette']);
    off();
    assert.equal(ipc.count('lectern:command'), 0);
  });
});
