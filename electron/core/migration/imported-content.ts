/** The body an export carries (Omnivore, Wallabag, Readeck, Matter, Karakeep notes) made into a stored article like any import. */
import type { ExtractedArticle } from '../extract/extracted-article.ts';
import { importHtmlContent } from '../importers/html-importer.ts';
import { importMarkdownContent } from '../importers/markdown-importer.ts';
import { importPlainTextContent } from '../importers/text-importer.ts';
import type { ImportItem } from './import-item.ts';

/**
 * The item's content as an article (sanitized with the same allowlist as every capture), or null when it
 * holds no readable text: then the item is kept as a link and downloaded like the others.
 */
export function articleFromContent(item: ImportItem): ExtractedArticle | null {
  const content = item.content;
  if (content === null || content.text.trim() === '') return null;
  const title = item.title ?? undefined;
  try {
    if (content.kind === 'html') return importHtmlContent(content.text, { title });
    if (content.kind === 'markdown') return importMarkdownContent(content.text, { title });
    return importPlainTextContent(content.text, { title });
  } catch {
    // "No article text": an empty shell page or a PDF placeholder. The link still gets its turn.
    return null;
  }
}
