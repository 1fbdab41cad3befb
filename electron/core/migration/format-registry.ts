/**
 * Every export Lectern reads, in the order they are tried: the most specific markers first (zip layouts,
 * exact CSV headers), the loosest last. Detection reads the content, never trusts the file name.
 */
import type { FormatReader } from './import-item.ts';
import type { ImportBundle } from './sources/import-bundle.ts';
import { pocketZipReader } from './formats/pocket-zip.ts';
import { pocketHtmlReader } from './formats/pocket-html.ts';
import { instapaperReader } from './formats/instapaper-csv.ts';
import { netscapeReader } from './formats/netscape-bookmarks.ts';
import { omnivoreReader } from './formats/omnivore-zip.ts';
import { wallabagReader } from './formats/wallabag-json.ts';
import { readeckReader } from './formats/readeck-zip.ts';
import { matterReader } from './formats/matter-zip.ts';
import { readwiseReader } from './formats/readwise-csv.ts';
import { karakeepReader } from './formats/karakeep-json.ts';
import { raindropReader } from './formats/raindrop-csv.ts';

const READERS: readonly FormatReader[] = [
  omnivoreReader,
  readeckReader,
  matterReader,
  pocketZipReader,
  readwiseReader,
  instapaperReader,
  raindropReader,
  wallabagReader,
  karakeepReader,
  pocketHtmlReader,
  netscapeReader,
];

/** The formats named when a file is not recognised. */
export const KNOWN_EXPORTS_SENTENCE =
  'Lectern imports exports from Pocket, Instapaper, Omnivore, Wallabag, Readwise Reader, Readeck, Karakeep, Raindrop and Matter, browser bookmark files, and its own archives.';

/** The reader for this bundle's format, or null when no reader recognises it. */
export async function detectFormat(bundle: ImportBundle): Promise<FormatReader | null> {
  for (const reader of READERS) {
    if (await reader.detect(bundle)) return reader;
  }
  return null;
}
