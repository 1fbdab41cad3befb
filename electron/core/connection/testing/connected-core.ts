/**
 * A real core over a temp folder with the browser connection on, on ports of its own, for the connection's
 * tests: call() reaches the contract as the app's window does, http() the listener as the extension does.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import type { ConnectionStatus } from '../../../shared/contract-connection.ts';
import type { LecternEvent } from '../../../shared/events.ts';
import { createCore } from '../../create-core.ts';
import { extensionHeaders, freePorts, rawRequest, type RawReply } from './connection-client.ts';

/** Opens a library whose core may listen, turns the connection on, and closes it all after the test file. */
export async function connectedCore() {
  const dataDir = await mkdtemp(join(tmpdir(), 'lectern-connection-'));
  const ports = await freePorts(3);
  const core = await createCore({ dataDir, rendererDir: '', owner: 'a test', undoWindowMs: 50, progressFlushMs: 10, browserConnection: { ports } });
  // Closed (its last writes flushed) before its folder goes.
  after(async () => {
    await core.close();
    await rm(dataDir, { recursive: true, force: true });
  });
  const events: LecternEvent[] = [];
  core.events.on((event) => events.push(event));
  const call = async <T>(method: string, input: unknown = {}): Promise<T> => {
    const result = await core.dispatchUntyped(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.code} ${result.message}`);
    return result.value as T;
  };
  const status = await call<ConnectionStatus>('connection.enable');
  assert.equal(status.listening, true, status.problem ?? 'not listening');
  const port = status.port!;
  const http = (method: string, path: string, options: { token?: string; body?: unknown } = {}): Promise<RawReply> =>
    rawRequest(port, method, path, { headers: extensionHeaders(port, options.token), body: options.body });
  /** Pairs a browser the way the extension and the reader do; answers its token. */
  const pair = async (client = 'Chromium 131 on Linux'): Promise<string> => {
    const asked = (await http('POST', '/pair', { body: { client } })).json as { requestId: string };
    await call('pairing.accept', { requestId: asked.requestId });
    const answer = (await http('GET', `/pair/${asked.requestId}`)).json as { token: string };
    return answer.token;
  };
  return { dataDir, ports, core, events, call, port, http, pair };
}
