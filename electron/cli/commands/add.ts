import { resolve } from 'node:path';
import type { CaptureOutcome, ImportOutcome } from '../../shared/models.ts';
import { guessTextKind } from '../../shared/text-kind.ts';
import { toWebAddress } from '../../shared/web-address.ts';
import type { CliCommand } from '../cli-command.ts';
import type { CliContext } from '../cli-context.ts';
import { CliError, usageError } from '../cli-error.ts';
import { reportCaptures } from './capture-report.ts';

/** The contract takes at most this many links per call. */
const URLS_PER_CALL = 200;

/**
 * True for arguments meant as web addresses. Only an explicit http(s):// (or a leading www.) counts:
 * "notes.md" must stay a file name, even when that file is missing.
 */
export function isWebAddress(arg: string): boolean {
  return toWebAddress(arg, { bareHosts: false }) !== null;
}

/**
 * lectern add URL|FILE|- ... : files (and standard input) are imported, web addresses are saved from
 * the web. Prints every new id; a file or link that fails is reported on stderr (a link is kept as
 * pending) and makes the exit code 1.
 */
async function addAnything(context: CliContext, args: string[], options: { json: boolean; wholePage: boolean }): Promise<void> {
  if (args.length === 0) throw usageError('lectern add needs at least one file or link, or - to read standard input.');
  const urls = args.filter(isWebAddress);
  const files = args.filter((arg) => !isWebAddress(arg));
  if (urls.length === 0 && options.wholePage) throw usageError('--whole-page applies to web addresses; none were given.');

  const imports = await importFiles(context, files);
  const captures: CaptureOutcome[] = [];
  for (let i = 0; i < urls.length; i += URLS_PER_CALL) {
    captures.push(...(await context.call('articles.addUrls', { urls: urls.slice(i, i + URLS_PER_CALL), wholePage: options.wholePage || undefined })));
  }

  if (options.json) context.out(JSON.stringify([...imports, ...captures], null, 2));
  let failed = 0;
  for (const outcome of imports) {
    if (outcome.ok) {
      if (!options.json) context.out(outcome.article.id);
    } else {
      failed++;
      context.err(`lectern: ${outcome.name}: ${outcome.message}`);
    }
  }
  failed += reportCaptures(context, captures, options.json);
  if (failed > 0) throw new CliError(`${failed} of ${imports.length + captures.length} could not be added.`);
}

async function importFiles(context: CliContext, files: string[]): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  if (files.includes('-')) {
    const text = await context.readStdin();
    if (!text.trim()) throw new CliError('Nothing came in on standard input.');
    // A paste that cannot be imported stops the command with core's reason, as an empty one does.
    const article = await context.call('articles.importText', { text, format: guessTextKind(text) });
    outcomes.push({ name: 'standard input', ok: true, article });
  }
  const paths = files.filter((file) => file !== '-').map((file) => resolve(file));
  if (paths.length > 0) outcomes.push(...(await context.call('articles.importPaths', { paths })));
  return outcomes;
}

export const addCommand: CliCommand = {
  name: 'add',
  args: 'URL|FILE... | - [--whole-page]',
  summary: 'save web pages (http/https links) and add .html, .md or .txt files',
  details: [
    '(or standard input); prints the new ids. A link that cannot be saved',
    'is kept as pending; --whole-page keeps pages that have no article',
  ],
  options: ['json', 'whole-page'],
  library: 'open',
  run: (context, { args, options }) => addAnything(context, args, { json: options.json ?? false, wholePage: options['whole-page'] ?? false }),
};
