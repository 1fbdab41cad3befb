import { resolve } from 'node:path';
import type { ImportOutcome } from '../../shared/models.ts';
import type { CliContext } from '../cli-context.ts';
import { CliError, usageError } from '../cli-error.ts';

/** Guesses what was piped in, so `pbpaste | lectern add -` does the right thing. */
export function detectPastedFormat(text: string): 'html' | 'markdown' | 'text' {
  const start = text.trimStart().slice(0, 500).toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html') || /<(p|div|article|h1|body)[\s>]/.test(start)) return 'html';
  if (/^(#{1,6} |---\n|[-*] |\d+\. |> )/m.test(text.slice(0, 2000))) return 'markdown';
  return 'text';
}

/** lectern add FILE...|- : imports files (or standard input) and prints the new ids. */
export async function addCommand(context: CliContext, files: string[], json: boolean): Promise<void> {
  if (files.length === 0) throw usageError('lectern add needs at least one file, or - to read standard input.');
  const outcomes: ImportOutcome[] = [];
  const paths = files.filter((file) => file !== '-').map((file) => resolve(file));
  if (files.includes('-')) {
    const text = await context.readStdin();
    if (!text.trim()) throw new CliError('Nothing came in on standard input.');
    outcomes.push(await context.call('articles.importText', { text, format: detectPastedFormat(text) }));
  }
  if (paths.length > 0) outcomes.push(...(await context.call('articles.importPaths', { paths })));

  if (json) context.out(JSON.stringify(outcomes, null, 2));
  for (const outcome of outcomes) {
    if (outcome.ok && outcome.article) {
      if (!json) context.out(outcome.article.id);
    } else {
      context.err(`lectern: ${outcome.name}: ${outcome.message}`);
    }
  }
  const failed = outcomes.filter((outcome) => !outcome.ok).length;
  if (failed > 0) throw new CliError(`${failed} of ${outcomes.length} could not be added.`);
}
