import type { TagInfo } from '../../shared/models.ts';
import type { CliCommand } from '../cli-command.ts';
import type { CliContext } from '../cli-context.ts';
import { usageError } from '../cli-error.ts';

/** Names longer than this do not widen the name column further. */
const MAX_COLUMN = 30;

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function row(tag: TagInfo, width: number): string {
  const counts = [tag.articleCount > 0 && plural(tag.articleCount, 'article'), tag.highlightCount > 0 && plural(tag.highlightCount, 'highlight')].filter(Boolean).join(', ');
  return `#${tag.name.padEnd(width)}  ${counts}${tag.color ? `  (${tag.color})` : ''}`;
}

/** lectern tags [--json]: every tag of articles and highlights with its counts, most used first. */
async function listTags(context: CliContext, args: string[], json: boolean): Promise<void> {
  if (args.length > 0) throw usageError('lectern tags takes no arguments; to tag an article use lectern tag ID TAG.');
  const tags = await context.call('tags.list', {});
  if (json) {
    context.out(JSON.stringify(tags, null, 2));
    return;
  }
  if (tags.length === 0) {
    context.out('No tags yet. Tag an article with `lectern tag ID TAG`.');
    return;
  }
  const width = Math.min(MAX_COLUMN, Math.max(...tags.map((tag) => tag.name.length)));
  context.out(tags.map((tag) => row(tag, width)).join('\n'));
}

export const tagsCommand: CliCommand = {
  name: 'tags',
  args: '[--json]',
  summary: 'every tag of articles and highlights, with counts, most used first',
  options: ['json'],
  library: 'open',
  run: (context, { args, options }) => listTags(context, args, options.json ?? false),
};
