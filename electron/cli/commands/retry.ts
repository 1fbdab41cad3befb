import type { CliCommand } from '../cli-command.ts';
import type { CliContext } from '../cli-context.ts';
import { CliError } from '../cli-error.ts';
import { reportCaptures } from './capture-report.ts';
import { findPending } from './pending.ts';

/**
 * lectern retry [ID] [--whole-page] [--json]: tries one pending link (or all of them) now. Saved links
 * print their new article id; the ones that fail again stay pending and make the exit code 1.
 */
async function retryPending(context: CliContext, key: string | undefined, options: { json: boolean; wholePage: boolean }): Promise<void> {
  const items = await context.call('pending.list', {});
  if (items.length === 0) {
    if (key !== undefined) throw new CliError(`No links are waiting to be saved, so there is nothing called "${key}" to retry.`);
    if (options.json) context.out('[]');
    else context.out('No links are waiting to be saved.');
    return;
  }
  const id = key === undefined ? undefined : findPending(items, key).id;
  const outcomes = await context.call('pending.retry', { id, wholePage: options.wholePage || undefined });
  if (options.json) context.out(JSON.stringify(outcomes, null, 2));
  const failed = reportCaptures(context, outcomes, options.json);
  if (failed > 0) throw new CliError(`${failed} of ${outcomes.length} ${outcomes.length === 1 ? 'link is' : 'links are'} still not saved.`);
}

export const retryCommand: CliCommand = {
  name: 'retry',
  args: '[ID] [--whole-page]',
  summary: 'try one pending link (or all) again now',
  options: ['json', 'whole-page'],
  library: 'open',
  run: (context, { args, options }) => retryPending(context, args[0], { json: options.json ?? false, wholePage: options['whole-page'] ?? false }),
};
