// tags.json: the colour each tag wears, by tagKey. The tags themselves live on articles and highlights;
// this file holds only what cannot be read from them, so losing it costs a few colours (it starts afresh).
import type { TagColor } from '../../shared/vocabularies.ts';
import { TAG_COLORS, isOneOf } from '../../shared/vocabularies.ts';
import { DATA_FILES } from '../library/data-files.ts';
import { JsonDocument } from '../library/json-document.ts';

interface TagsFile {
  schemaVersion: number;
  /** A list, not an object keyed by tag: a tag may be called "__proto__". */
  colors: { key: string; color: TagColor }[];
}

function checkTagsFile(data: TagsFile): string | null {
  return Array.isArray(data.colors) ? null : 'its tag colours are missing';
}

/** The tag colours of one library; every change is written before it resolves. */
export class TagColors {
  readonly #doc: JsonDocument<TagsFile>;
  #byKey = new Map<string, TagColor>();

  constructor(dataDir: string) {
    this.#doc = new JsonDocument<TagsFile>(dataDir, DATA_FILES.tags, { colors: [] }, checkTagsFile);
  }

  /** Reads tags.json (missing or damaged: no colours); an entry this Lectern cannot read is dropped. */
  async load(): Promise<void> {
    await this.#doc.load();
    this.#byKey = new Map();
    for (const entry of this.#doc.data.colors as unknown[]) {
      const { key, color } = (entry ?? {}) as Record<string, unknown>;
      if (typeof key === 'string' && isOneOf(TAG_COLORS, color)) this.#byKey.set(key, color);
    }
  }

  colorOf(key: string): TagColor | null {
    return this.#byKey.get(key) ?? null;
  }

  /** Sets or clears (null) a tag's colour. */
  async set(key: string, color: TagColor | null): Promise<void> {
    if (this.colorOf(key) === color) return;
    if (color === null) this.#byKey.delete(key);
    else this.#byKey.set(key, color);
    await this.#save();
  }

  /** Tags folded into `into` give it their colour when it has none, and lose their own. */
  async fold(keys: readonly string[], into: string): Promise<void> {
    const inherited = this.colorOf(into) ?? keys.map((key) => this.colorOf(key)).find((color) => color !== null) ?? null;
    const before = this.#byKey.size;
    for (const key of keys) if (key !== into) this.#byKey.delete(key);
    if (inherited === this.colorOf(into) && before === this.#byKey.size) return;
    if (inherited !== null) this.#byKey.set(into, inherited);
    await this.#save();
  }

  /** Colours from Lectern's archive, for tags that have none here (a colour chosen here wins), in one write; returns how many were set. */
  async addMissing(entries: readonly { key: string; color: TagColor }[]): Promise<number> {
    let added = 0;
    for (const { key, color } of entries) {
      if (this.#byKey.has(key)) continue;
      this.#byKey.set(key, color);
      added++;
    }
    if (added > 0) await this.#save();
    return added;
  }

  async #save(): Promise<void> {
    this.#doc.data.colors = [...this.#byKey].map(([key, color]) => ({ key, color }));
    await this.#doc.save();
  }

  async flush(): Promise<void> {
    await this.#doc.flush();
  }
}
