/**
 * Article bodies the export carries itself (Omnivore, Wallabag, Readeck, Matter). Readers hand them to the
 * pipeline as they are; sanitizing and storing them is the pipeline's work (docs/architecture.md rule 4).
 * A body that is missing, empty or too big is not an error: the item comes without content and the
 * pipeline fetches its URL later, with the items that never had any.
 */
import { MAX_IMPORT_BYTES } from '../../../shared/import-limit.ts';
import { decodeHtml } from '../../extract/decode-html.ts';
import type { ImportedContent } from '../import-item.ts';
import type { BundleFile } from '../sources/import-bundle.ts';

/** HTML text as the item's content, or null when it is not text or only whitespace. */
export function htmlContent(text: unknown): ImportedContent | null {
  return typeof text === 'string' && text.trim() !== '' ? { kind: 'html', text } : null;
}

/**
 * An HTML file of the export as the item's content, or null when there is no such file, it is empty, or
 * it is larger than Lectern imports as one article. Decoded as a page is (BOM, meta charset, UTF-8 check):
 * Matter keeps the original pages, in whatever encoding they came.
 */
export async function htmlFileContent(file: BundleFile | undefined): Promise<ImportedContent | null> {
  if (!file || file.size === 0 || file.size > MAX_IMPORT_BYTES) return null;
  return htmlContent(decodeHtml(await file.bytes()).text);
}
