/**
 * Lectern's core with its browser listener on, for the extension journeys: the extension probes the
 * real ports (47815–47819, which its CSP names), so this core listens there. The core's app server on
 * another port lets a spec open a saved article's document as the reader shows it. It can be stopped
 * and started again on the same library, as when the reader quits Lectern and opens it later.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../../electron/core/create-core.ts';
import type { Core } from '../../electron/core/core-types.ts';
import { LISTENER_PORTS } from '../../extension/api/lectern-client.ts';
import { startAppServer } from './app-server.ts';
import { DEFAULT_RENDERER_DIR } from './browser-shell.ts';

export interface ListeningCore {
  dataDir: string;
  /** The running core; throws while stopped. */
  core(): Core;
  /** The app server's origin (article documents at /articles/<id>/document). */
  baseUrl: string;
  /** Calls a core method and returns its value, or throws with core's message. */
  call<T>(method: string, input?: unknown): Promise<T>;
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

/** Opens a fresh library with the browser connection switched on (as "Connect a browser…" does). */
export async function startListeningCore(): Promise<ListeningCore> {
  const dataDir = await mkdtemp(join(tmpdir(), 'lectern-e2e-extension-'));
  let core: Core | null = null;
  const open = async () => {
    core = await createCore({ dataDir, rendererDir: DEFAULT_RENDERER_DIR, owner: 'the Lectern extension journeys', browserConnection: { ports: LISTENER_PORTS } });
    const { port } = await call<{ port: number | null }>('connection.enable', {});
    // The extension talks to the first Lectern it finds: on another port, it would find someone else's.
    if (port !== LISTENER_PORTS[0]) {
      throw new Error(`Lectern listens on ${port ?? 'no port'}, not ${LISTENER_PORTS[0]}: another Lectern (a running app or another spec) holds it, and the extension would talk to that one. Stop it, then run this spec again.`);
    }
  };
  const current = () => {
    if (!core) throw new Error('Lectern is stopped in this journey; start it first.');
    return core;
  };
  async function call<T>(method: string, input: unknown = {}): Promise<T> {
    const result = await current().dispatchUntyped(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.message}`);
    return result.value as T;
  }
  await open();
  const server = await startAppServer(() => current().handleAppRequest);
  const stop = async () => {
    const running = core;
    core = null;
    await running?.close();
  };
  return {
    dataDir,
    core: current,
    baseUrl: server.baseUrl,
    call,
    stop,
    start: async () => {
      if (!core) await open();
    },
    close: async () => {
      await stop();
      await server.close();
    },
  };
}
