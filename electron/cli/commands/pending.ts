import type { PendingCapture } from '../../shared/models.ts';
import type { CliContext } from '../cli-context.ts';
import { CliError } from '../cli-error.ts';
import { describeDue, reportCaptures } from './add-url-report.ts';

function tries(count: number): string {
  return count === 0 ? 'not tried yet' : count === 1 ? 'tried once' : `tried ${count} times`;
}

/** lectern pending [--json]: links waiting to be saved, newest first, with why and when they are tried next. */
export async function pendingCommand(context: CliContext, json: boolean): Promise<void> {
  const items = await context.call('pending.list', {});
  if (json) {
    context.out(JSON.stringify(items, null, 2));
    return;
  }
  if (items.length === 0) {
    context.out('No links are waiting to be saved.');
    return;
  }
  const now = Date.now();
  for (const item of items) {
    context.out(`${item.id}  ${item.url}`);
    const state = item.saving ? 'saving now' : `${tries(item.attempts)}, ${describeDue(item.nextRetryAt, now)}`;
    context.out(`    ${state}${item.wholePage ? ', whole page' : ''}`);
    if (item.error) context.out(`    ${item.error.message}`);
  }
}

/** Finds a pending link by its id, a unique start of the id (as `lectern pending` prints), or its URL. */
export function findPending(items: readonly PendingCapture[], key: string): PendingCapture {
  const exact = items.find((item) => item.id === key || item.url === key);
  if (exact) return exact;
  const matches = items.filter((item) => key.length >= 4 && item.id.startsWith(key));
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) throw new CliError(`"${key}" matches ${matches.length} pending links; give more of the id.`);
  throw new CliError(`No pending link has the id "${key}". Run \`lectern pending\` to see them.`);
}

/**
 * lectern retry [ID] [--whole-page] [--json]: tries one pending link (or all of them) now. Saved links
 * print their new article id; the ones that fail again stay pending and make the exit code 1.
 */
export async function retryCommand(context: CliContext, key: string | undefined, options: { json: boolean; wholePage: boolean }): Promise<void> {
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
