import { DATA_FILES } from '../../library/data-files.ts';
import { JsonDocument } from '../../library/json-document.ts';

interface DownloadsFile {
  schemaVersion: number;
  paused: boolean;
}

/**
 * What the download queue remembers across restarts: only whether the reader paused it (downloads.json).
 * Which articles wait is read from their records, so nothing else needs keeping.
 */
export class DownloadSettings {
  readonly #doc: JsonDocument<DownloadsFile>;

  constructor(dataDir: string) {
    this.#doc = new JsonDocument<DownloadsFile>(dataDir, DATA_FILES.downloads, { paused: false }, (data) =>
      typeof data?.paused === 'boolean' ? null : 'it does not say whether downloads are paused',
    );
  }

  /** Reads the file; a damaged one is set aside and downloads start unpaused. */
  async load(): Promise<void> {
    await this.#doc.load();
  }

  get paused(): boolean {
    return this.#doc.data.paused;
  }

  /** Remembers the choice, written before it resolves. */
  async setPaused(paused: boolean): Promise<void> {
    if (this.#doc.data.paused === paused) return;
    this.#doc.data.paused = paused;
    await this.#doc.save();
  }
}
