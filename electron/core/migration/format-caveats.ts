/** What each service's export cannot carry, said once in the preview so nobody looks for it later. */
import type { MigrationFormat } from '../../shared/vocabularies.ts';

const CAVEATS: Partial<Record<MigrationFormat, string[]>> = {
  pocket: ['Pocket exports do not include favourites, reading progress or the articles’ text: the articles are downloaded from their links.'],
  'pocket-html': ['This older Pocket export has no highlights, favourites or text: the articles are downloaded from their links.'],
  instapaper: ['Instapaper exports hold one folder per article: starred articles arrive as favourites, your own folders as tags. There is no text, progress or highlights in them.'],
  omnivore: ['PDFs saved in Omnivore are downloaded again from their links.'],
  readwise: ['The Reader export has no text; the articles are downloaded from their links. Highlights come from the Readwise highlights file, matched by title.'],
  karakeep: ['Karakeep exports carry no highlights and no favourites.'],
  raindrop: ['Raindrop exports have no text or reading progress; the articles are downloaded from their links.'],
  netscape: ['Bookmark files hold links only: folders become tags, and the articles are downloaded from their links.'],
};

/** The caveats for a format ([] when its export carries everything Lectern keeps). */
export function caveatsFor(format: MigrationFormat): string[] {
  return CAVEATS[format] ?? [];
}
