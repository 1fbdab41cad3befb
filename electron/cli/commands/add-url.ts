import { resolve } from 'node:path';
import type { CaptureOutcome, ImportOutcome } from '../../shared/models.ts';
import type { CliContext } from '../cli-context.ts';
import { CliError, usageError } from '../cli-error.ts';
import { addCommand, detectPastedFormat } from './add.ts';
import { reportCaptures } from './add-url-report.ts';

/** The contract takes at most this many links per call. */
const URLS_PER_CALL = 200;

/**
 * True for arguments meant as web addresses. Only an explicit http(s):// (or a leading www.) counts:
 * "notes.md" must stay a file name, even when that file is missing.
 */
export function isWebAddress(arg: string): boolean {
  return /^https?:\/\/\S+$/i.test(arg) || /^www\.[\w-]+(\.[\w-]+)+([/?#]\S*)?$/i.test(arg);
}

/**
 * lectern add URL|FILE|- ... : files (and standard input) are imported, web addresses are saved from
 * the web. Prints every new id; a link that fails is reported on stderr, kept as pending, and makes
 * the exit code 1.
 */
export async function addAnythingCommand(context: CliContext, args: string[], options: { json: boolean; wholePage: boolean }): Promise<void> {
  const urls = args.filter(isWebAddress);
  const files = args.filter((arg) => !isWebAddress(arg));
  if (urls.length === 0) {
    if (options.wholePage) throw usageError('--whole-page applies to web addresses; none were given.');
    return addCommand(context, files, options.json);
  }

  const imports = await importFiles(context, files);
  const captures: CaptureOutcome[] = [];
  for (let i = 0; i < urls.length; i += URLS_PER_CALL) {
    captures.push(...(await context.call('articles.addUrls', { urls: urls.slice(i, i + URLS_PER_CALL), wholePage: options.wholePage || undefined })));
  }

  if (options.json) context.out(JSON.stringify([...imports, ...captures], null, 2));
  let failed = 0;
  for (const outcome of imports) {
    if (outcome.ok && outcome.article) {
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
    outcomes.push(await context.call('articles.importText', { text, format: detectPastedFormat(text) }));
  }
  const paths = files.filter((file) => file !== '-').map((file) => resolve(file));
  if (paths.length > 0) outcomes.push(...(await context.call('articles.importPaths', { paths })));
  return outcomes;
}
