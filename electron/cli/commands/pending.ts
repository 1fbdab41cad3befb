import type { PendingCapture } from '../../shared/models.ts';
import type { CliCommand } from '../cli-command.ts';
import type { CliContext } from '../cli-context.ts';
import { CliError, usageError } from '../cli-error.ts';
import { describeDue } from './capture-report.ts';

function tries(count: number): string {
  return count === 0 ? 'not tried yet' : count === 1 ? 'tried once' : `tried ${count} times`;
}

/** lectern pending [--json]: links waiting to be saved, newest first, with why and when they are tried next. */
async function listPending(context: CliContext, json: boolean): Promise<void> {
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

/** lectern pending remove ID...: stops waiting for these links (by id, a unique start of one, or the URL). */
async function removePending(context: CliContext, keys: string[]): Promise<void> {
  if (keys.length === 0) throw usageError('lectern pending remove needs the id of a pending link. Run `lectern pending` to see them.');
  const items = await context.call('pending.list', {});
  // Every key is found before anything is removed, so a typo in the second leaves the first in place too.
  const chosen = keys.map((key) => findPending(items, key));
  for (const item of chosen) {
    const { removed } = await context.call('pending.remove', { id: item.id });
    context.out(removed ? `Removed ${item.url}` : `${item.url} was no longer pending.`);
  }
}

export const pendingCommand: CliCommand = {
  name: 'pending',
  args: '[remove ID...]',
  summary: 'links waiting to be saved: why the last try failed, when the next is',
  details: ['remove ID: stop waiting for a link (an id, its first characters, or the URL)'],
  options: ['json'],
  library: 'open',
  run: (context, { args, options }) => {
    const [action, ...rest] = args;
    if (action === undefined) return listPending(context, options.json ?? false);
    if (action === 'remove') return removePending(context, rest);
    throw usageError(`lectern pending takes no argument but "remove ID"; "${action}" is not one.`);
  },
};
