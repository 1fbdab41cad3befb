import { mkdir } from 'node:fs/promises';
import type { Core, CoreOptions } from './core-types.ts';
import { createDispatch } from './dispatch.ts';
import { EventBus } from './event-bus.ts';
import { createAppRequestHandler } from './protocol/handle-app-request.ts';
import { createHandlers } from './app/handlers.ts';
import { LibrarySession } from './app/library-session.ts';
import { UNDO_WINDOW_MS } from './app/open-library.ts';
import { DEFAULT_PORTS } from './connection/http-listener.ts';

/** Composition root: opens the library in dataDir and wires the session, dispatch and the app protocol. */
export async function createCore(options: CoreOptions): Promise<Core> {
  await mkdir(options.dataDir, { recursive: true });
  const events = new EventBus();
  const session = new LibrarySession({
    dataDir: options.dataDir,
    owner: options.owner ?? 'another Lectern window',
    emit: events.emit,
    undoWindowMs: options.undoWindowMs ?? UNDO_WINDOW_MS,
    progressFlushMs: options.progressFlushMs,
    capture: options.capture,
    autoRetry: options.resumeCaptures ?? false,
    connectionPorts: options.browserConnection ? (options.browserConnection.ports ?? DEFAULT_PORTS) : undefined,
  });
  await session.open();

  return {
    ...createDispatch(createHandlers(session)),
    handleAppRequest: createAppRequestHandler(options.rendererDir, () => session.current?.library ?? null),
    events: { on: (listener) => events.on(listener) },
    close: () => session.close(),
  };
}
