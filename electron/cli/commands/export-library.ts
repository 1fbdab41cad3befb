import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { bookmarksHtml } from '../../core/export/bookmarks-html.ts';
import type { ArticleSummary } from '../../shared/models.ts';
import type { CliContext } from '../cli-context.ts';
import { usageError } from '../cli-error.ts';

/** The formats that take the whole library into one file, beside the per-article EXPORT_FORMATS. */
export const LIBRARY_EXPORT_FORMATS = ['archive', 'bookmarks'] as const;
type LibraryExportFormat = (typeof LIBRARY_EXPORT_FORMATS)[number];

async function summariesMatching(context: CliContext, filter: 'all' | 'archived'): Promise<ArticleSummary[]> {
  const items: ArticleSummary[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await context.call('articles.list', { offset, limit: 500, filter, sort: 'saved', query: '', typing: false });
    items.push(...page.items);
    if (offset + 500 >= page.total) return items;
  }
}

/**
 * lectern export --all --format archive --out FILE: the whole library in Lectern's own archive (for
 * `lectern import` elsewhere); --format bookmarks [--out FILE]: every article with a web address as a
 * browser bookmark file (standard output without --out).
 */
export async function exportLibrary(context: CliContext, format: LibraryExportFormat, options: { ids: string[]; all: boolean; out?: string; withBody?: boolean }): Promise<void> {
  if (options.ids.length > 0 || !options.all) throw usageError(`--format ${format} exports the whole library: give --all and no article ids.`);
  if (options.withBody) throw usageError(`--with-body goes with --format markdown; --format ${format} has no use for it.`);
  if (format === 'archive') {
    if (!options.out) throw usageError('--format archive needs --out FILE (the archive is a zip file).');
    const written = await context.call('library.exportArchiveTo', { path: resolve(options.out) });
    context.out(written.path);
    return;
  }
  // Archived articles count too: the 'all' list leaves them out, like the app's reading list.
  const articles = [...(await summariesMatching(context, 'all')), ...(await summariesMatching(context, 'archived'))];
  const html = bookmarksHtml(articles.sort((a, b) => a.savedAt.localeCompare(b.savedAt)));
  if (!options.out) {
    context.out(html.trimEnd());
    return;
  }
  await writeFile(resolve(options.out), html);
  context.out(resolve(options.out));
}
