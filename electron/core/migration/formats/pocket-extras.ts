/**
 * What Pocket's 2024–25 zip says about a save outside its CSV row (docs research §1.1):
 * - `annotations/part_NNNNNN.json`: `[{ url, title, highlights: [{ quote, created_at }] }]`, one record per
 *   save with highlights. Quotes only: no note, no colour, no position, so every one is placed later by
 *   searching the article's text for it.
 * - `collections/<slug>.json`: one "shareable list" each, `{ title, items: [{ url, title, excerpt, note }] }`.
 *   The only place the export keeps a note the reader wrote about a save.
 * Both join to the CSV by URL (`url` is the address as saved, like the CSV's).
 */
import { urlIdentity } from '../../../shared/url-identity.ts';
import type { ImportedHighlight } from '../import-item.ts';
import type { BundleFile, ImportBundle } from '../sources/import-bundle.ts';
import { ImportFormatError } from '../sources/import-format-error.ts';
import { parseExportDate, textOrNull } from '../sources/field-values.ts';
import { decodeExportText } from '../sources/text-stream.ts';

const ANNOTATIONS_FILE = /(?:^|\/)annotations\/part_\d+\.json$/i;
const COLLECTION_FILE = /(?:^|\/)collections\/[^/]+\.json$/i;

export interface PocketExtra {
  url: string;
  title: string | null;
  /** The list item's excerpt: Pocket's, not the reader's. */
  description: string | null;
  note: string | null;
  highlights: ImportedHighlight[];
  /** Where it was first read: named in the report when no CSV row has this URL. */
  where: string;
}

type JsonRecord = Record<string, unknown>;

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function readJson(bundle: ImportBundle, file: BundleFile): Promise<unknown> {
  try {
    return JSON.parse(decodeExportText(await file.bytes()));
  } catch (error) {
    if (error instanceof ImportFormatError) throw error;
    throw new ImportFormatError(`${bundle.name}: ${file.path} is not valid JSON (${(error as Error).message}). The zip may be damaged; download the export again.`);
  }
}

/** Annotations and list notes of one Pocket zip, by URL; each is handed out once. */
export class PocketExtras {
  private readonly byUrl = new Map<string, PocketExtra>();

  /** The extras of the save at this address, removed so a second row with it gets none. */
  take(url: string): PocketExtra | undefined {
    const key = urlIdentity(url) ?? url.trim();
    const extra = this.byUrl.get(key);
    this.byUrl.delete(key);
    return extra;
  }

  /** Extras no CSV row took, in the order they were read: highlights or notes of saves the CSV lacks. */
  rest(): Iterable<PocketExtra> {
    return this.byUrl.values();
  }

  private entryFor(url: string, title: unknown, where: string): PocketExtra {
    const key = urlIdentity(url) ?? url.trim();
    let extra = this.byUrl.get(key);
    if (extra === undefined) {
      const name = textOrNull(title);
      // Pocket falls back to the address for a page it could not name; that is no title.
      extra = { url: url.trim(), title: name === url.trim() ? null : name, description: null, note: null, highlights: [], where };
      this.byUrl.set(key, extra);
    }
    return extra;
  }

  /** Reads every annotations and collections file of the zip. */
  static async read(bundle: ImportBundle): Promise<PocketExtras> {
    const extras = new PocketExtras();
    for (const file of bundle.files.filter((candidate) => ANNOTATIONS_FILE.test(candidate.path))) {
      const records = await readJson(bundle, file);
      if (!Array.isArray(records)) throw new ImportFormatError(`${bundle.name}: ${file.path} is not the list of highlights Pocket writes.`);
      records.forEach((record: unknown, index) => {
        if (!isRecord(record) || typeof record['url'] !== 'string' || !Array.isArray(record['highlights'])) return;
        const extra = extras.entryFor(record['url'], record['title'], `${file.path} item ${index + 1}`);
        for (const highlight of record['highlights'] as unknown[]) {
          if (!isRecord(highlight) || textOrNull(highlight['quote']) === null) continue;
          extra.highlights.push({ quote: highlight['quote'] as string, note: '', tags: [], color: null, createdAt: parseExportDate(highlight['created_at']) });
        }
      });
    }
    for (const file of bundle.files.filter((candidate) => COLLECTION_FILE.test(candidate.path))) {
      const list = await readJson(bundle, file);
      if (!isRecord(list) || !Array.isArray(list['items'])) throw new ImportFormatError(`${bundle.name}: ${file.path} is not a Pocket list (it has no items).`);
      list['items'].forEach((item: unknown, index) => {
        if (!isRecord(item) || typeof item['url'] !== 'string') return;
        const extra = extras.entryFor(item['url'], item['title'], `${file.path} item ${index + 1}`);
        const note = textOrNull(item['note']);
        // The same save in two lists may carry two notes; both are kept.
        if (note !== null) extra.note = extra.note === null ? note : `${extra.note}\n\n${note}`;
        extra.description ??= textOrNull(item['excerpt']);
      });
    }
    return extras;
  }
}
