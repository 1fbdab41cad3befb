import * as v from 'valibot';
import { searchQuery } from '../../shared/contract-schemas.ts';
import type { ArticleSummary, SearchMatch } from '../../shared/models.ts';
import type { CliCommand } from '../cli-command.ts';
import type { CliContext } from '../cli-context.ts';
import { usageError } from '../cli-error.ts';

/** articles.list's largest page. */
const PAGE = 500;
const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100_000;

/** One result as --json prints it; match fields are null when the query had only operators (tag:x). */
interface SearchResult {
  id: string;
  title: string;
  snippet: string | null;
  score: number | null;
  field: SearchMatch['field'] | null;
  url: string | null;
  siteName: string | null;
  savedAt: string;
  tags: string[];
}

function result(article: ArticleSummary): SearchResult {
  const { match } = article;
  return {
    id: article.id,
    title: article.title,
    snippet: match?.snippet ?? null,
    score: match?.score ?? null,
    field: match?.field ?? null,
    url: article.source.kind === 'url' ? article.source.value : null,
    siteName: article.siteName,
    savedAt: article.savedAt,
    tags: article.tags,
  };
}

/** The snippet on one line, with its matched words in [brackets] (plain text survives pipes and files). */
function markedSnippet(match: SearchMatch): string {
  let text = '';
  let at = 0;
  for (const mark of [...match.marks].sort((a, b) => a.start - b.start)) {
    if (mark.start < at || mark.end > match.snippet.length) continue;
    text += `${match.snippet.slice(at, mark.start)}[${match.snippet.slice(mark.start, mark.end)}]`;
    at = mark.end;
  }
  return (text + match.snippet.slice(at)).replace(/\s+/g, ' ').trim();
}

function line(article: ArticleSummary): string {
  const site = article.siteName ? ` — ${article.siteName}` : '';
  const passage = article.match ? `\n    ${article.match.field}: ${markedSnippet(article.match)}` : '';
  return `${article.id}  ${article.title}${site}${passage}`;
}

function parseLimit(text: string | undefined): number {
  if (text === undefined) return DEFAULT_LIMIT;
  const limit = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(limit >= 1 && limit <= MAX_LIMIT)) throw usageError(`--limit must be a whole number from 1 to ${MAX_LIMIT.toLocaleString('en')}.`);
  return limit;
}

/** lectern search: the library's search, best match first, paged through core. */
async function search(context: CliContext, words: string[], options: { json: boolean; limit?: string }): Promise<void> {
  const limit = parseLimit(options.limit);
  const checked = v.safeParse(searchQuery, words.join(' '));
  if (!checked.success) throw usageError(checked.issues[0].message);
  const query = checked.output;
  if (query.trim() === '') throw usageError('lectern search needs something to search for, e.g. lectern search "exact words" tag:linux');
  const found: ArticleSummary[] = [];
  let hints: string[] = [];
  let status: string | null = null;
  for (let offset = 0; found.length < limit; offset += PAGE) {
    const page = await context.call('articles.list', { offset, limit: Math.min(PAGE, limit - found.length), sort: 'relevance', filter: 'all', query, typing: false });
    found.push(...page.items);
    if (offset === 0 && page.search) {
      hints = page.search.hints;
      const { state, message, done, total } = page.search.status;
      if (state === 'building') status = message ?? `The search index is being built (${done} of ${total} articles).`;
      if (state === 'unavailable') status = message ?? 'The search index is unavailable.';
    }
    if (page.items.length === 0 || offset + PAGE >= page.total) break;
  }
  if (options.json) context.out(JSON.stringify(found.map(result), null, 2));
  else if (found.length === 0) context.out('No articles match.');
  else for (const article of found) context.out(line(article));
  for (const hint of hints) context.err(`hint: ${hint}`);
  if (status) context.err(`note: ${status}`);
}

export const searchCommand: CliCommand = {
  name: 'search',
  args: 'QUERY… [--limit N]',
  summary: 'search the library, best match first',
  details: [
    'words (all must match), "exact phrase", -exclude, a OR b, tag:x,',
    'site:lwn.net, author:x, saved:>2025-01-31, in:notes, is:unread,',
    'is:reading|finished|archived|favorite|highlighted|noted',
    `N: how many (default ${DEFAULT_LIMIT}); put -- before a query that starts with -`,
  ],
  options: ['json', 'limit'],
  library: 'open',
  run: (context, { args, options }) => search(context, args, { json: options.json ?? false, limit: options.limit }),
};
