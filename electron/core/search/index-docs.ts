/**
 * What the index is told about one article: its metadata, note and highlights as text, where its body is,
 * and a signature of all that, so only articles whose indexed text changed are sent to the index again.
 * Bodies are written once when an article is saved, so the body's path stands for its content.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { ArticleSummary } from '../../shared/models.ts';
import type { IndexDoc } from './index-engine.ts';

/** A highlight's searchable words: the quote and the reader's note on it. */
export interface HighlightText {
  quote: string;
  note: string;
}

type Described = Pick<ArticleSummary, 'id' | 'title' | 'byline' | 'siteName' | 'source' | 'download'>;

/** The web address an article is found by (a file's path on disk is not worth matching, as in the list filter). */
export function articleUrl(article: Pick<ArticleSummary, 'source'>): string {
  return article.source.kind === 'url' ? article.source.value : '';
}

/** The highlights of an article as one column: quotes and notes, one per line. */
export function highlightsText(highlights: readonly HighlightText[]): string {
  return highlights.map((highlight) => (highlight.note ? `${highlight.quote}\n${highlight.note}` : highlight.quote)).join('\n');
}

/** The doc for one article; articlesDir is the library's articles/ folder. */
export function indexDoc(record: Described, note: string, highlights: string, articlesDir: string): IndexDoc {
  const fields = { title: record.title, author: record.byline ?? '', site: record.siteName ?? '', url: articleUrl(record), note, highlights };
  // A link not downloaded yet has no body; when its text (or an imported text's pictures) arrives in place,
  // the changed signature re-indexes it.
  const signed = record.download === undefined ? fields : { ...fields, body: record.download.imagesOnly ? 'pictures to fetch' : 'not downloaded' };
  const signature = createHash('sha1').update(JSON.stringify(signed)).digest('base64url').slice(0, 20);
  return { id: record.id, signature, ...fields, bodyPath: join(articlesDir, record.id, 'body.html') };
}
