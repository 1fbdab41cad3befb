/**
 * Omnivore's export zip (the service closed in November 2024; research/migration-formats.md §1.3):
 * `metadata_<from>_to_<to>.json` lists of items, each item's readable HTML in `content/<slug>.html` and
 * its highlights in `highlights/<slug>.md`. Content and highlights are found by slug, never by order.
 * A lone metadata file (Wallabag's instructions have people upload them one by one) or the metadata
 * files merged into one list (Karakeep's instructions) are read too, without content or highlights.
 */
import { normalizeTags } from '../../../shared/tags.ts';
import type { FormatReader, ImportEntry } from '../import-item.ts';
import type { BundleFile, ImportBundle } from '../sources/import-bundle.ts';
import { parseExportDate, progressFraction, textOrNull } from '../sources/field-values.ts';
import { ImportFormatError } from '../sources/import-format-error.ts';
import { decodeExportText } from '../sources/text-stream.ts';
import { htmlFileContent } from './carried-content.ts';
import { fileLabel, isRecord, readExportJson, stringList } from './export-json.ts';
import { linkEntry } from './link-entry.ts';
import { parseOmnivoreHighlights } from './omnivore-highlights-md.ts';

const METADATA_NAME = /(?:^|\/)metadata_(\d+)_to_\d+\.json$/;

/** The metadata lists in export order: by their first item number, which sorts 100 after 20. */
function metadataFiles(bundle: ImportBundle): BundleFile[] {
  const start = (file: BundleFile) => Number(METADATA_NAME.exec(file.path)?.[1] ?? 0);
  return bundle.files.filter((file) => METADATA_NAME.test(file.path) && !file.path.includes('__MACOSX/')).sort((a, b) => start(a) - start(b));
}

/** A single JSON file that is a list of Omnivore items: they alone have both `slug` and `readingProgress`. */
function looksLikeMergedMetadata(bundle: ImportBundle): boolean {
  const head = decodeExportText(bundle.head);
  return /^\s*\[\s*\{/.test(head) && /"slug"\s*:/.test(head) && /"readingProgress"\s*:/.test(head);
}

/**
 * The export's files by path. Omnivore's last exporter appended `content/<slug>.html` twice when its
 * stored copy was missing (once regenerated, once downloaded), so a path can occur twice: keep the longer.
 */
function filesByPath(bundle: ImportBundle): Map<string, BundleFile> {
  const byPath = new Map<string, BundleFile>();
  for (const file of bundle.files) {
    const known = byPath.get(file.path);
    if (!known || file.size > known.size) byPath.set(file.path, file);
  }
  return byPath;
}

async function omnivoreEntry(record: Record<string, unknown>, where: string, dir: string, files: Map<string, BundleFile>): Promise<ImportEntry> {
  const slug = textOrNull(record.slug);
  const highlightsFile = slug === null ? undefined : files.get(`${dir}highlights/${slug}.md`);
  const marked = highlightsFile ? parseOmnivoreHighlights(decodeExportText(await highlightsFile.bytes())) : { highlights: [], notes: [] };
  return linkEntry(where, textOrNull(record.url), textOrNull(record.title), {
    author: textOrNull(record.author),
    description: textOrNull(record.description),
    siteName: textOrNull(record.siteName),
    tags: normalizeTags(stringList(record.labels)),
    archived: record.state === 'Archived',
    savedAt: parseExportDate(record.savedAt),
    publishedAt: parseExportDate(record.publishedAt),
    // readingProgress is how far down the bottom of the screen got, in percent.
    progress: progressFraction(record.readingProgress, 100),
    note: marked.notes.length > 0 ? marked.notes.join('\n\n') : null,
    // An uploaded PDF is `content/<slug>.pdf`, which is not HTML: that item comes without content and
    // the pipeline downloads it by its URL with the URL-only items. Nothing is added to its note, which
    // holds the reader's own words; the report says whether the download worked.
    content: slug === null ? null : await htmlFileContent(files.get(`${dir}content/${slug}.html`)),
    highlights: marked.highlights,
  });
}

export const omnivoreReader: FormatReader = {
  format: 'omnivore',
  label: 'Omnivore export',
  async detect(bundle) {
    if (metadataFiles(bundle).length > 0) return true;
    return !bundle.isZip && looksLikeMergedMetadata(bundle);
  },
  async *read(bundle) {
    const lists = bundle.isZip ? metadataFiles(bundle) : bundle.files.slice(0, 1);
    if (lists.length === 0) throw new ImportFormatError(`${bundle.name} holds no metadata_*.json file, so it is not an Omnivore export.`);
    const files = filesByPath(bundle);
    for (const file of lists) {
      const dir = file.path.slice(0, file.path.lastIndexOf('/') + 1);
      const name = file.path.slice(dir.length);
      const list = await readExportJson(file, bundle.name);
      if (!Array.isArray(list)) {
        throw new ImportFormatError(`${fileLabel(bundle.name, file.path)} is not a list of saved items, so it cannot be read as an Omnivore export.`);
      }
      for (const [index, record] of list.entries()) {
        const where = `${name} item ${index + 1}`;
        if (!isRecord(record)) throw new ImportFormatError(`${fileLabel(bundle.name, file.path)}: item ${index + 1} is not a saved item (an object with a url).`);
        yield await omnivoreEntry(record, where, dir, files);
      }
    }
  },
};
