import type { EventBus } from '../event-bus.ts';
import { CaptureService, type CaptureServiceOptions } from '../capture/capture-service.ts';
import { librarySink } from '../capture/library-sink.ts';
import type { LibrarySession } from './library-session.ts';

export type CaptureSettings = CaptureServiceOptions['capture'];

/**
 * Keeps one capture service per open library: a restored backup gets a fresh one with its own
 * pending list. Created on first use, so starting the app costs nothing until a link is saved.
 */
export class CaptureRuntime {
  readonly #session: LibrarySession;
  readonly #events: EventBus;
  readonly #settings: CaptureSettings;
  #service: CaptureService | null = null;
  #opening: Promise<CaptureService> | null = null;
  #forLibrary: unknown = null;

  constructor(session: LibrarySession, events: EventBus, settings?: CaptureSettings) {
    this.#session = session;
    this.#events = events;
    this.#settings = settings;
  }

  /** The service for the library open right now (opening its pending list the first time). */
  async service(): Promise<CaptureService> {
    const library = this.#session.require();
    if (this.#forLibrary !== library) {
      this.dispose();
      this.#forLibrary = library;
      const service = new CaptureService({
        sink: librarySink(library),
        dataDir: this.#session.dataDir,
        emit: this.#events.emit.bind(this.#events),
        capture: this.#settings,
      });
      this.#opening = service.open().then(() => {
        this.#service = service;
        return service;
      });
    }
    return this.#service ?? (this.#opening as Promise<CaptureService>);
  }

  /** Starts automatic retries of links saved earlier, if any are waiting. */
  async resumePending(): Promise<void> {
    if (this.#session.current) await this.service();
  }

  dispose(): void {
    this.#service?.dispose();
    this.#service = null;
    this.#opening = null;
    this.#forLibrary = null;
  }
}
