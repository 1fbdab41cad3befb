// The browser connection of one open library (issue 10): the reader's on/off setting, the loopback
// listener while it is on, pairing with a code shown in both, the paired browsers, and the
// lectern-save:// deep link. It is built with the library and closed with it, so a restored backup
// brings its own paired browsers and setting, and the listener never serves a library that is gone.
import type { ConnectionStatus, PairedBrowser } from '../../shared/contract-connection.ts';
import { ErrorCode } from '../../shared/errors.ts';
import type { CaptureOutcome } from '../../shared/models.ts';
import { parseSaveLink } from '../../shared/save-link.ts';
import type { HighlightStore } from '../annotations/highlight-store.ts';
import type { DeletionScheduler } from '../app/deletion-scheduler.ts';
import type { CaptureService } from '../capture/capture-service.ts';
import { CoreError } from '../core-error.ts';
import type { Emit } from '../event-bus.ts';
import type { Library } from '../library/library.ts';
import { appVersion } from '../migration/archive/app-version.ts';
import type { TagService } from '../tags/tag-service.ts';
import { BrowserSaves } from './browser-saves.ts';
import { createRoutes, type RouteDeps } from './connection-routes.ts';
import { startListener, type Listener } from './http-listener.ts';
import { PairedBrowsers } from './paired-browsers.ts';
import { PairingRequests } from './pairing-requests.ts';

type ConnectionEmit = Emit<'pairing.requested' | 'connection.changed' | 'import.finished' | 'library.changed' | 'tags.changed'>;

interface ConnectionServiceOptions {
  dataDir: string;
  /** The ports to try, in order; null where nothing may listen (the lectern command). */
  ports: readonly number[] | null;
  emit: ConnectionEmit;
  library: Library;
  captures: CaptureService;
  highlights: HighlightStore;
  deletions: DeletionScheduler;
  tags: TagService;
}

export class ConnectionService {
  readonly #options: ConnectionServiceOptions;
  readonly #browsers: PairedBrowsers;
  readonly #pairings: PairingRequests;
  readonly #saves: BrowserSaves;
  #listener: Listener | null = null;
  #starting: Promise<void> | null = null;
  #problem: string | null = null;
  #closed = false;

  constructor(options: ConnectionServiceOptions) {
    this.#options = options;
    this.#browsers = new PairedBrowsers(options.dataDir);
    this.#pairings = new PairingRequests({ onChange: () => this.#changed() });
    const { library, captures, highlights, deletions, tags, emit } = options;
    this.#saves = new BrowserSaves({ library, captures, highlights, deletions, tags, browsers: this.#browsers, emit });
  }

  /** Reads the paired browsers and starts listening when the reader left the connection on. */
  async open(): Promise<void> {
    await this.#browsers.load();
    if (this.#browsers.enabled) await this.#start();
  }

  status(): ConnectionStatus {
    const problem = this.#browsers.enabled && !this.#listener ? (this.#options.ports === null ? 'Only the Lectern app listens for browsers; the lectern command does not.' : this.#problem) : null;
    return { enabled: this.#browsers.enabled, listening: this.#listener !== null, port: this.#listener?.port ?? null, problem, pairings: this.#pairings.waiting() };
  }

  /** Turns the connection on and remembers it ("Connect a browser…"); a port problem is told in the status. */
  async enable(): Promise<ConnectionStatus> {
    if (this.#options.ports === null) throw new CoreError(ErrorCode.invalidInput, 'Connect a browser from the Lectern app: the lectern command does not listen for browsers.');
    await this.#browsers.setEnabled(true);
    await this.#start();
    this.#changed();
    return this.status();
  }

  /** Turns it off and remembers it: the port closes, waiting pairings are dropped, paired browsers stay paired. */
  async disable(): Promise<ConnectionStatus> {
    await this.#browsers.setEnabled(false);
    await this.#stop();
    this.#changed();
    return this.status();
  }

  accept(requestId: string): ConnectionStatus {
    this.#pairings.answer(requestId, 'accepted');
    return this.status();
  }

  deny(requestId: string): ConnectionStatus {
    this.#pairings.answer(requestId, 'denied');
    return this.status();
  }

  listBrowsers(): PairedBrowser[] {
    return this.#browsers.list();
  }

  /** Disconnects a browser: its token gets 401 from the next request on. */
  async revoke(id: string): Promise<{ revoked: boolean }> {
    const revoked = await this.#browsers.revoke(id);
    if (revoked) this.#changed();
    return { revoked };
  }

  /** Saves the link a lectern-save://add?url=… deep link names, then tells the window as a shell's import is told. */
  async saveFromLink(link: string): Promise<CaptureOutcome> {
    const parsed = parseSaveLink(link);
    if (!parsed.ok) throw new CoreError(ErrorCode.invalidUrl, parsed.reason);
    const [outcome] = await this.#options.captures.addUrls([parsed.url]);
    if (!outcome) throw new CoreError(ErrorCode.invalidUrl, `"${parsed.url.slice(0, 200)}" is not a link Lectern can save.`);
    this.#options.emit('import.finished', outcome.ok ? { added: [{ id: outcome.article.id, title: outcome.article.title }], failed: [] } : { added: [], failed: [{ name: outcome.url, code: outcome.code, message: outcome.message }] });
    return outcome;
  }

  /** Stops listening and writes what is pending; the library is closing. */
  async close(): Promise<void> {
    this.#closed = true;
    await this.#stop();
    await this.#browsers.flush();
  }

  #start(): Promise<void> {
    const ports = this.#options.ports;
    if (this.#listener || ports === null || this.#closed) return Promise.resolve();
    this.#starting ??= (async () => {
      try {
        const version = await appVersion();
        const listener = await startListener({ ports, version, handle: createRoutes(this.#routeDeps(version)) });
        if (this.#closed || !this.#browsers.enabled) await listener.close();
        else this.#listener = listener;
        this.#problem = null;
      } catch (error) {
        this.#problem = error instanceof Error ? error.message : String(error);
        console.error(`lectern: ${this.#problem}`);
      } finally {
        this.#starting = null;
      }
    })();
    return this.#starting;
  }

  async #stop(): Promise<void> {
    await this.#starting;
    this.#pairings.clear();
    const listener = this.#listener;
    this.#listener = null;
    await listener?.close();
  }

  #routeDeps(version: string): RouteDeps {
    return {
      version,
      browsers: this.#browsers,
      saves: this.#saves,
      requestPairing: (client) => {
        const request = this.#pairings.open(client);
        if (request) this.#options.emit('pairing.requested', request);
        return request;
      },
      pollPairing: async (requestId) => {
        const state = this.#pairings.poll(requestId);
        if (state?.state !== 'accepted') return state;
        const { token } = await this.#browsers.pair(state.client);
        this.#changed();
        return { state: 'accepted', token };
      },
    };
  }

  #changed(): void {
    this.#options.emit('connection.changed', this.status());
  }
}
