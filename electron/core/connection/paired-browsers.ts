// browser-connection.json: whether the listener is on, the paired browsers, and what each saved lately (so
// it may undo or tag its own saves). A token is kept only as its sha-256: the file, its backups and an
// archive of the library can never hand a working token to anybody.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { PairedBrowser } from '../../shared/contract-connection.ts';
import { DATA_FILES } from '../library/data-files.ts';
import { JsonDocument } from '../library/json-document.ts';

interface BrowserRecord extends PairedBrowser {
  tokenHash: string;
}

/** One article a browser sent; `created` is false when it answered with an article already there. */
interface BrowserSave {
  browserId: string;
  articleId: string;
  savedAt: string;
  created: boolean;
}

interface ConnectionFile {
  schemaVersion: number;
  enabled: boolean;
  browsers: BrowserRecord[];
  saves: BrowserSave[];
}

/** Saves remembered per browser: enough for the popup's tags and undo, never a history of everything. */
const SAVES_KEPT = 200;
/** Last-used times move with every request; they are written a little later, together. */
const LAST_USED_WRITE_DELAY_MS = 5_000;

function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

function checkFile(data: ConnectionFile): string | null {
  if (typeof data?.enabled !== 'boolean') return 'it does not say whether the browser connection is on';
  if (!Array.isArray(data.browsers) || !Array.isArray(data.saves)) return 'its list of paired browsers is missing';
  return null;
}

function isBrowser(value: BrowserRecord): boolean {
  return typeof value?.id === 'string' && typeof value.client === 'string' && /^[0-9a-f]{64}$/.test(String(value.tokenHash)) && typeof value.pairedAt === 'string';
}

/** The paired browsers of one library, and the connection's on/off setting. Every change is written before it resolves. */
export class PairedBrowsers {
  readonly #doc: JsonDocument<ConnectionFile>;
  #byHash = new Map<string, BrowserRecord>();

  constructor(dataDir: string) {
    this.#doc = new JsonDocument<ConnectionFile>(dataDir, DATA_FILES.browserConnection, { enabled: false, browsers: [], saves: [] }, checkFile);
  }

  /** Reads the file (missing: off, nobody paired; damaged: set aside, the same); entries this Lectern cannot read are left out. */
  async load(): Promise<void> {
    await this.#doc.load();
    this.#doc.data.browsers = this.#doc.data.browsers.filter(isBrowser);
    this.#byHash = new Map(this.#doc.data.browsers.map((record) => [record.tokenHash, record]));
  }

  get enabled(): boolean {
    return this.#doc.data.enabled;
  }

  async setEnabled(enabled: boolean): Promise<void> {
    if (this.#doc.data.enabled === enabled) return;
    this.#doc.data.enabled = enabled;
    await this.#doc.save();
  }

  /** Pairs a browser: the new token is returned this once and stored only as its hash. */
  async pair(client: string): Promise<{ browser: PairedBrowser; token: string }> {
    const token = randomBytes(32).toString('hex');
    const record: BrowserRecord = { id: randomUUID(), client, pairedAt: new Date().toISOString(), lastUsedAt: null, tokenHash: hashToken(token) };
    this.#doc.data.browsers.push(record);
    this.#byHash.set(record.tokenHash, record);
    await this.#doc.save();
    return { browser: publicFields(record), token };
  }

  /** The browser a bearer token belongs to, or null (unknown, revoked, malformed); marks it used. */
  authenticate(token: string): PairedBrowser | null {
    if (!/^[0-9a-f]{64}$/.test(token)) return null;
    const record = this.#byHash.get(hashToken(token));
    if (!record) return null;
    record.lastUsedAt = new Date().toISOString();
    this.#doc.saveLater(LAST_USED_WRITE_DELAY_MS);
    return publicFields(record);
  }

  /** Paired browsers, most recently paired first. */
  list(): PairedBrowser[] {
    return this.#doc.data.browsers.map(publicFields).sort((a, b) => b.pairedAt.localeCompare(a.pairedAt));
  }

  /** Forgets a browser and what it saved; false when it was not paired. */
  async revoke(id: string): Promise<boolean> {
    const record = this.#doc.data.browsers.find((browser) => browser.id === id);
    if (!record) return false;
    this.#doc.data.browsers = this.#doc.data.browsers.filter((browser) => browser !== record);
    this.#doc.data.saves = this.#doc.data.saves.filter((save) => save.browserId !== id);
    this.#byHash.delete(record.tokenHash);
    await this.#doc.save();
    return true;
  }

  /** Remembers that a browser saved (or was answered with) an article. */
  async recordSave(browserId: string, articleId: string, created: boolean): Promise<void> {
    const saves = this.#doc.data.saves.filter((save) => !(save.browserId === browserId && save.articleId === articleId));
    saves.push({ browserId, articleId, savedAt: new Date().toISOString(), created });
    const mine = saves.filter((save) => save.browserId === browserId);
    const dropped = new Set(mine.slice(0, Math.max(0, mine.length - SAVES_KEPT)));
    this.#doc.data.saves = saves.filter((save) => !dropped.has(save));
    await this.#doc.save();
  }

  /** What this browser saved of that article, or undefined when it did not. */
  saveOf(browserId: string, articleId: string): { savedAt: string; created: boolean } | undefined {
    return this.#doc.data.saves.find((save) => save.browserId === browserId && save.articleId === articleId);
  }

  /** Writes a pending last-used time. */
  flush(): Promise<void> {
    return this.#doc.flush();
  }
}

function publicFields(record: BrowserRecord): PairedBrowser {
  return { id: record.id, client: record.client, pairedAt: record.pairedAt, lastUsedAt: record.lastUsedAt };
}
