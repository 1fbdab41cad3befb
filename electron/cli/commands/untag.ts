import type { CliCommand } from '../cli-command.ts';
import type { CliContext } from '../cli-context.ts';
import { articleAndTags, shownTags } from './tag-args.ts';

/** lectern untag ID TAG…: takes tags off an article (case and accents aside: "cafe" takes off "Café"). */
async function untagArticle(context: CliContext, args: string[]): Promise<void> {
  const { id, tags } = articleAndTags('untag', args);
  const { changed } = await context.call('articles.untag', { ids: [id], tags });
  const article = await context.call('articles.get', { id });
  context.out(changed.length > 0 ? `Untagged “${article.title}”; it has ${shownTags(article)}` : `“${article.title}” had none of those tags; it has ${shownTags(article)}`);
}

export const untagCommand: CliCommand = {
  name: 'untag',
  args: 'ID TAG…',
  summary: 'take tags off an article',
  options: [],
  library: 'open',
  run: (context, { args }) => untagArticle(context, args),
};
