import type { DownloadStatus } from '../../shared/models-migration.ts';
import type { CliCommand } from '../cli-command.ts';
import type { CliContext } from '../cli-context.ts';
import { CliError, usageError } from '../cli-error.ts';

/** "118 queued, 2 downloading, 3 failed, 40 done; about 12 a minute, 10 min left" */
function describeStatus(status: DownloadStatus): string {
  const counts = [`${status.queued.toLocaleString('en')} queued`, `${status.active} downloading`, `${status.failed.toLocaleString('en')} failed`, `${status.done.toLocaleString('en')} done`].join(', ');
  const waiting = status.queued + status.active > 0;
  const pace = status.perMinute === null || !waiting ? '' : `; about ${Math.round(status.perMinute)} a minute`;
  const left = status.secondsLeft === null || !waiting ? '' : `, ${status.secondsLeft < 90 ? `${Math.round(status.secondsLeft)} s` : `${Math.round(status.secondsLeft / 60)} min`} left`;
  return `${counts}${pace}${left}${status.paused ? ' (paused)' : ''}`;
}

function printStatus(context: CliContext, status: DownloadStatus, json: boolean): void {
  if (json) context.out(JSON.stringify(status, null, 2));
  else context.out(`Downloads: ${describeStatus(status)}.`);
}

/** Plain `lectern fetch`: downloads what waits (links held back by `import --no-fetch` too), the pace on stderr. */
async function runQueue(context: CliContext, json: boolean): Promise<void> {
  let finished = false;
  const done = context.call('downloads.runUntilIdle', {}).finally(() => {
    finished = true;
  });
  while (!finished) {
    await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 1000))]);
    if (!finished) context.err(`Downloads: ${describeStatus(await context.call('downloads.status', {}))}`);
  }
  const status = await done;
  printStatus(context, status, json);
  if (!json && status.done === 0 && status.failed === 0) context.out('Nothing waits to be downloaded.');
  if (!json && status.failed > 0) context.out('Each failed download keeps its reason on the article; Retry in the app tries it again.');
  if (status.paused) throw new CliError('Downloads are paused: `lectern fetch --resume` lets them go on.');
}

/** lectern fetch [--status|--pause|--resume] [--json]: the background downloads of links imported without their text. */
async function fetchCommandRun(context: CliContext, options: { status: boolean; pause: boolean; resume: boolean; json: boolean }): Promise<void> {
  const chosen = (['status', 'pause', 'resume'] as const).filter((name) => options[name]);
  if (chosen.length > 1) throw usageError(`Give one of --status, --pause and --resume, not ${chosen.map((name) => `--${name}`).join(' and ')}.`);
  const [action] = chosen;
  if (action === undefined) return runQueue(context, options.json);
  printStatus(context, await context.call(`downloads.${action}`, {}), options.json);
}

export const fetchCommand: CliCommand = {
  name: 'fetch',
  args: '[--status|--pause|--resume]',
  summary: 'download the text of links imported without it',
  details: ['--status: how many wait, the pace; --pause keeps the app from', 'starting more downloads until --resume'],
  options: ['status', 'pause', 'resume', 'json'],
  library: 'open',
  run: (context, { options }) => fetchCommandRun(context, { status: options.status ?? false, pause: options.pause ?? false, resume: options.resume ?? false, json: options.json ?? false }),
};
