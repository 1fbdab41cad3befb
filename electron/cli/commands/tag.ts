import type { CliCommand } from '../cli-command.ts';
import type { CliContext } from '../cli-context.ts';
import { articleAndTags, shownTags } from './tag-args.ts';

/** lectern tag ID TAG…: adds tags, spelled as the library already spells them ("cafe" joins "Café"). */
async function tagArticle(context: CliContext, args: string[]): Promise<void> {
  const { id, tags } = articleAndTags('tag', args);
  const { changed } = await context.call('articles.tag', { ids: [id], tags });
  const article = await context.call('articles.get', { id });
  context.out(changed.length > 0 ? `Tagged “${article.title}”: ${shownTags(article)}` : `“${article.title}” already had those tags: ${shownTags(article)}`);
}

export const tagCommand: CliCommand = {
  name: 'tag',
  args: 'ID TAG…',
  summary: 'add tags to an article (quote a tag with spaces)',
  options: [],
  library: 'open',
  run: (context, { args }) => tagArticle(context, args),
};
