/** settings.json: the reader's appearance and list choices, with the defaults for anything never set. */
import { defaultSettings } from '../../shared/default-settings.ts';
import type { Settings } from '../../shared/models.ts';
import { DATA_FILES } from './data-files.ts';
import { JsonDocument } from './json-document.ts';
import type { SettingsFile } from './schema.ts';

export class SettingsStore {
  readonly #doc: JsonDocument<SettingsFile>;

  constructor(dataDir: string) {
    this.#doc = new JsonDocument<SettingsFile>(dataDir, DATA_FILES.settings, defaultSettings);
  }

  /** Reads the file; a damaged one is set aside by the loader (DATA_FILES). */
  async load(): Promise<void> {
    await this.#doc.load();
  }

  get(): Settings {
    const { schemaVersion: _version, ...stored } = this.#doc.data;
    return { ...defaultSettings, ...stored };
  }

  async update(patch: Partial<Settings>): Promise<Settings> {
    Object.assign(this.#doc.data, patch);
    await this.#doc.save();
    return this.get();
  }

  async flush(): Promise<void> {
    await this.#doc.flush();
  }
}
