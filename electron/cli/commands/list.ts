import * as v from 'valibot';
import { libraryFilterSchema, librarySortSchema } from '../../shared/contract-schemas.ts';
import type { ArticleSummary } from '../../shared/models.ts';
import { formatReadingTime } from '../../shared/reading-time.ts';
import { percentRead, readingState } from '../../shared/reading-state.ts';
import type { CliCommand } from '../cli-command.ts';
import type { CliContext } from '../cli-context.ts';
import { usageError } from '../cli-error.ts';

const PAGE = 500;

function row(article: ArticleSummary): string {
  const state = readingState(article.progress, article.finishedAt);
  const shown = state === 'reading' ? percentRead(article.progress?.fraction ?? 0) : state === 'finished' ? 100 : 0;
  const percent = `${shown}%`.padStart(4);
  const flags = `${article.favorite ? '★' : ' '}${article.archived ? 'A' : ' '}${article.finishedAt ? '✓' : ' '}`;
  const site = article.siteName ? `  — ${article.siteName}` : '';
  return `${article.id}  ${flags} ${percent}  ${formatReadingTime(article.readingMinutes)}  ${article.title}${site}`;
}

/** lectern list: every article (paged through core, so huge libraries stream). */
async function listArticles(context: CliContext, options: { json: boolean; filter?: string; sort?: string; query?: string }): Promise<void> {
  const filter = v.safeParse(libraryFilterSchema, options.filter ?? 'all');
  const sort = v.safeParse(librarySortSchema, options.sort ?? 'saved');
  if (!filter.success) throw usageError(`--filter must be one of: ${libraryFilterSchema.options.join(', ')}.`);
  if (!sort.success) throw usageError(`--sort must be one of: ${librarySortSchema.options.join(', ')}.`);
  const all: ArticleSummary[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await context.call('articles.list', { offset, limit: PAGE, filter: filter.output, sort: sort.output, query: options.query ?? '' });
    all.push(...page.items);
    if (offset + PAGE >= page.total) break;
  }
  if (options.json) {
    context.out(JSON.stringify(all, null, 2));
    return;
  }
  if (all.length === 0) {
    context.out('No articles. Add one with `lectern add FILE`.');
    return;
  }
  for (const article of all) context.out(row(article));
}

export const listCommand: CliCommand = {
  name: 'list',
  args: '[--filter F] [--sort S] [--query Q]',
  summary: 'list articles',
  details: [`F: ${libraryFilterSchema.options.join(', ')}`, `S: ${librarySortSchema.options.join(', ')}`],
  options: ['json', 'filter', 'sort', 'query'],
  library: 'open',
  run: (context, { options }) => listArticles(context, { json: options.json ?? false, filter: options.filter, sort: options.sort, query: options.query }),
};
