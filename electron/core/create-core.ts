import { mkdir } from 'node:fs/promises';
import type { Core, CoreOptions } from './core-types.ts';
import { createDispatch } from './dispatch.ts';
import { EventBus } from './event-bus.ts';
import { createAppRequestHandler } from './protocol/handle-app-request.ts';
import { CaptureRuntime } from './app/capture-runtime.ts';
import { DeletionScheduler } from './app/deletion-scheduler.ts';
import { createHandlers } from './app/handlers.ts';
import { LibrarySession } from './app/library-session.ts';

/** Seconds a deleted article can be brought back from the toast. */
const DEFAULT_UNDO_WINDOW_MS = 10_000;

/** Composition root: opens the library in dataDir and wires services, dispatch and the app protocol. */
export async function createCore(options: CoreOptions): Promise<Core> {
  await mkdir(options.dataDir, { recursive: true });
  const events = new EventBus();
  const session = new LibrarySession(options.dataDir, options.owner ?? 'another Lectern window', options.progressFlushMs);
  await session.open();
  const undoWindowMs = options.undoWindowMs ?? DEFAULT_UNDO_WINDOW_MS;
  const deletions = new DeletionScheduler(session, events, undoWindowMs);
  await deletions.purgeExpired();
  const capture = new CaptureRuntime(session, events, options.capture);
  if (options.resumeCaptures) void capture.resumePending().catch((error) => console.error('lectern: pending links could not be resumed', error));

  return {
    ...createDispatch(createHandlers({ session, events, deletions, capture, undoWindowMs })),
    handleAppRequest: createAppRequestHandler(options.rendererDir, () => session.current),
    events: { on: (listener) => events.on(listener) },
    async close() {
      deletions.dispose();
      capture.dispose();
      await session.close();
    },
  };
}
