import type { AnchoredHighlight } from '../../shared/models.ts';
import type { CliCommand } from '../cli-command.ts';
import type { CliContext } from '../cli-context.ts';
import { usageError } from '../cli-error.ts';

/** Long quotes are cut in the listing; --json has them whole. */
const MAX_QUOTE = 300;

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function entry(h: AnchoredHighlight): string {
  const quote = oneLine(h.selectors[0].exact);
  const shown = quote.length > MAX_QUOTE ? `${quote.slice(0, MAX_QUOTE - 1)}…` : quote;
  const lines = [`[${h.color}]${h.orphaned ? ' (text no longer in the article)' : ''} “${shown}”`];
  // The note is Markdown with its own line breaks; indent it under its quote as it was written.
  if (h.note.trim() !== '') lines.push(...h.note.trim().split('\n').map((line) => `    ${line}`));
  if (h.tags.length > 0) lines.push(`    ${h.tags.map((tag) => `#${tag}`).join(' ')}`);
  return lines.join('\n');
}

/** lectern highlights ID [--json]: an article's highlights in reading order with color, quote, note and tags. */
async function listHighlights(context: CliContext, ids: string[], json: boolean): Promise<void> {
  if (ids.length !== 1) throw usageError('lectern highlights needs exactly one article id.');
  const articleId = ids[0] as string;
  const article = await context.call('articles.get', { id: articleId });
  const highlights = await context.call('highlights.list', { articleId });
  if (json) {
    context.out(JSON.stringify(highlights, null, 2));
    return;
  }
  if (highlights.length === 0) {
    context.out(`No highlights in “${article.title}”.`);
    return;
  }
  const orphaned = highlights.filter((h) => h.orphaned).length;
  const count = `${highlights.length} highlight${highlights.length === 1 ? '' : 's'}${orphaned > 0 ? `, ${orphaned} no longer found in the text` : ''}`;
  context.out(`${article.title} — ${count}\n`);
  context.out(highlights.map(entry).join('\n\n'));
}

export const highlightsCommand: CliCommand = {
  name: 'highlights',
  args: 'ID [--json]',
  summary: 'an article\'s highlights in reading order: color, quote, note, tags',
  options: ['json'],
  library: 'open',
  run: (context, { args, options }) => listHighlights(context, args, options.json ?? false),
};
