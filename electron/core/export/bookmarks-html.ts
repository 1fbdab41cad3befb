// The library as a Netscape bookmark file, the one format every browser and read-later service imports:
// one link per article that has a web address, with its tags, the day it was saved and its excerpt.
import type { ArticleSummary } from '../../shared/models.ts';
import { isWebUrl } from '../../shared/web-address.ts';
import { escapeHtml } from '../escape-html.ts';

type BookmarkedArticle = Pick<ArticleSummary, 'title' | 'source' | 'savedAt' | 'updatedAt' | 'tags' | 'excerpt' | 'archived'>;

function unixSeconds(iso: string): string | null {
  const time = Date.parse(iso);
  return Number.isFinite(time) ? String(Math.floor(time / 1000)) : null;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function bookmark(article: BookmarkedArticle, url: string): string {
  const attributes: [string, string | null][] = [
    ['HREF', url],
    ['ADD_DATE', unixSeconds(article.savedAt)],
    ['LAST_MODIFIED', unixSeconds(article.updatedAt)],
    // TAGS is comma-separated, so a comma inside a tag would split it in two.
    ['TAGS', article.tags.length > 0 ? article.tags.map((tag) => tag.replaceAll(',', ' ')).join(',') : null],
    // Pinboard's read-later flag, which the bookmark importers read back: archived articles count as read.
    ['TOREAD', article.archived ? '0' : '1'],
  ];
  const attributeText = attributes
    .filter((pair): pair is [string, string] => pair[1] !== null)
    .map(([name, value]) => `${name}="${escapeHtml(value)}"`)
    .join(' ');
  const line = `    <DT><A ${attributeText}>${escapeHtml(oneLine(article.title) || url)}</A>`;
  const excerpt = oneLine(article.excerpt);
  return excerpt ? `${line}\n    <DD>${escapeHtml(excerpt)}` : line;
}

/** A Netscape bookmark file of the articles that have a web address (the others are left out), in the order given. */
export function bookmarksHtml(articles: readonly BookmarkedArticle[]): string {
  const lines = articles.flatMap((article) => {
    const url = article.source.kind === 'url' ? article.source.value : null;
    return isWebUrl(url) ? [bookmark(article, url)] : [];
  });
  return [
    '<!DOCTYPE NETSCAPE-Bookmark-file-1>',
    '<!-- This file was written by Lectern. Browsers and read-later services import it as bookmarks. -->',
    '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">',
    '<TITLE>Bookmarks</TITLE>',
    '<H1>Bookmarks</H1>',
    '<DL><p>',
    ...lines,
    '</DL><p>',
    '',
  ].join('\n');
}
