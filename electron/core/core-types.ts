import type { LecternEvent } from '../shared/events.ts';
import type { TypedDispatch, UntypedDispatch } from './dispatch.ts';
import type { CaptureSettings } from './app/open-library.ts';

export interface CoreOptions {
  /** Folder holding the library (library.json and the other DATA_FILES, articles/, backups/). Created when missing. */
  dataDir: string;
  /** Folder with the built renderer (index.html and assets); served at the app origin's root. */
  rendererDir: string;
  /** Who opens the library, shown to a second process that finds it locked ("the Lectern app", "the lectern command"). */
  owner?: string;
  /** Milliseconds a deleted article or highlight can still be restored (UNDO_WINDOW_MS when not given). */
  undoWindowMs?: number;
  /** Milliseconds reading progress waits before it is written to disk. */
  progressFlushMs?: number;
  /** Fetch settings for saving links (timeouts, caps; tests allow 127.0.0.1 with allowPrivateNetwork). */
  capture?: CaptureSettings;
  /** Retry links left pending as soon as the library opens, and whenever one is due (the app does; the CLI does not). */
  resumeCaptures?: boolean;
  /**
   * Lets this core listen for the browser extension on 127.0.0.1 while the library's setting is on (the app and the
   * browser shell; never the CLI). ports: the ports to try in order, DEFAULT_PORTS of core/connection when not given;
   * tests choose their own so they never meet a running Lectern.
   */
  browserConnection?: { ports?: readonly number[] };
}

export type EventListener = (event: LecternEvent) => void;

/** The whole application behind one small surface, shared by Electron, the browser shell and the CLI. */
export interface Core {
  /** Validates input against the contract and runs the method; never throws. The result type follows the method. */
  dispatch: TypedDispatch;
  /** The same, for a method name and input that came over a wire (IPC, the browser shell); refuse untrusted callers first. */
  dispatchUntyped: UntypedDispatch;
  /** Serves the renderer, article documents and article assets for the app's own origin. */
  handleAppRequest(request: Request): Promise<Response>;
  events: { on(listener: EventListener): () => void };
  /** Flushes pending writes and releases the library lock. */
  close(): Promise<void>;
}
