import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CliContext } from '../cli-context.ts';
import { usageError } from '../cli-error.ts';

async function idsMatching(context: CliContext, filter: 'all' | 'archived'): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await context.call('articles.list', { offset, limit: 500, filter, sort: 'saved', query: '' });
    ids.push(...page.items.map((item) => item.id));
    if (offset + 500 >= page.total) return ids;
  }
}

/** Every article, archived ones included (the 'all' list leaves them out, like the app's reading list). */
async function allIds(context: CliContext): Promise<string[]> {
  return [...(await idsMatching(context, 'all')), ...(await idsMatching(context, 'archived'))];
}

/** lectern export ID|--all --format markdown|json [--out DIR] */
export async function exportCommand(
  context: CliContext,
  options: { ids: string[]; all: boolean; format?: string; out?: string },
): Promise<void> {
  const format = options.format ?? 'markdown';
  if (format !== 'markdown' && format !== 'json') throw usageError('--format must be markdown or json.');
  if (options.all && options.ids.length > 0) throw usageError('Give article ids or --all, not both.');
  if (!options.all && options.ids.length === 0) throw usageError('lectern export needs an article id or --all.');
  const ids = options.all ? await allIds(context) : options.ids;
  if (options.all && !options.out && format === 'markdown') throw usageError('--all with --format markdown needs --out DIR (one file per article).');

  if (options.out) await mkdir(options.out, { recursive: true });
  for (const id of ids) {
    const file = await context.call('articles.export', { id, format });
    if (options.out) {
      const path = join(options.out, file.fileName);
      await writeFile(path, file.content);
      context.out(path);
    } else {
      context.out(format === 'json' && ids.length > 1 ? JSON.stringify(JSON.parse(file.content)) : file.content.trimEnd());
    }
  }
}
