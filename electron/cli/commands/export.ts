import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CliCommand } from '../cli-command.ts';
import type { CliContext } from '../cli-context.ts';
import { usageError } from '../cli-error.ts';
import { EXPORT_FORMATS, isOneOf } from '../../shared/vocabularies.ts';
import { exportLibrary, LIBRARY_EXPORT_FORMATS } from './export-library.ts';

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

/** lectern export ID|--all --format markdown|json|annotations [--with-body] [--out DIR] */
async function exportArticles(
  context: CliContext,
  options: { ids: string[]; all: boolean; format?: string; out?: string; withBody?: boolean },
): Promise<void> {
  const format = options.format ?? 'markdown';
  if (isOneOf(LIBRARY_EXPORT_FORMATS, format)) return exportLibrary(context, format, options);
  if (!isOneOf(EXPORT_FORMATS, format)) throw usageError(`--format must be one of: ${[...EXPORT_FORMATS, ...LIBRARY_EXPORT_FORMATS].join(', ')}.`);
  if (options.withBody && format !== 'markdown') throw usageError('--with-body goes with --format markdown (json always has the body).');
  if (options.all && options.ids.length > 0) throw usageError('Give article ids or --all, not both.');
  if (!options.all && options.ids.length === 0) throw usageError('lectern export needs an article id or --all.');
  const ids = options.all ? await allIds(context) : options.ids;
  if (options.all && !options.out && format === 'markdown') throw usageError('--all with --format markdown needs --out DIR (one file per article).');

  if (options.out) await mkdir(options.out, { recursive: true });
  for (const id of ids) {
    const file = await context.call('articles.export', { id, format, withBody: options.withBody ?? false });
    if (options.out) {
      const path = join(options.out, file.fileName);
      await writeFile(path, file.content);
      context.out(path);
    } else {
      // Several JSON documents on stdout: one per line, so `jq` and line-based tools can take them.
      context.out(format !== 'markdown' && ids.length > 1 ? JSON.stringify(JSON.parse(file.content)) : file.content.trimEnd());
    }
  }
}

export const exportCommand: CliCommand = {
  name: 'export',
  args: `ID... | --all [--format ${[...EXPORT_FORMATS, ...LIBRARY_EXPORT_FORMATS].join('|')}] [--with-body] [--out DIR|FILE]`,
  summary: 'export articles; with --out, one file per article.',
  details: [
    'markdown: front matter, your notes and highlights (--with-body adds',
    'the article text); json: everything; annotations: the highlights as',
    'W3C Web Annotations (JSON-LD); archive: the whole library in one zip',
    '(--all --out FILE), for `lectern import` elsewhere; bookmarks: every',
    'link as a browser bookmark file with its tags (--all [--out FILE])',
  ],
  options: ['all', 'format', 'with-body', 'out'],
  library: 'open',
  run: (context, { args, options }) =>
    exportArticles(context, { ids: args, all: options.all ?? false, format: options.format, out: options.out, withBody: options['with-body'] }),
};
