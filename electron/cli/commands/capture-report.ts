import { ErrorCode } from '../../shared/errors.ts';
import type { CaptureOutcome, PendingCapture } from '../../shared/models.ts';
import type { Output } from '../cli-context.ts';

/** "now", "in 40 s", "in 12 min", "in 3 h", "in 2 days": when the app will try a pending link again. */
export function describeDue(iso: string | null, now = Date.now()): string {
  if (iso === null) return 'waits for you';
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  if (seconds <= 0) return 'due now';
  if (seconds < 90) return `next try in ${seconds} s`;
  if (seconds < 90 * 60) return `next try in ${Math.round(seconds / 60)} min`;
  if (seconds < 36 * 3600) return `next try in ${Math.round(seconds / 3600)} h`;
  return `next try in ${Math.round(seconds / 86400)} days`;
}

/** What to do about a link that was kept: automatic retries only happen while the app is open. */
function keptHint(pending: PendingCapture | null): string {
  if (pending === null) return 'Not kept: fix the address and add it again.';
  const retry = `\`lectern retry ${pending.id.slice(0, 8)}\``;
  if (pending.error?.code === ErrorCode.noArticle) return `Kept as pending; ${retry} --whole-page saves the whole page instead.`;
  if (pending.nextRetryAt === null) return `Kept as pending; fix what the message says, then ${retry}, or remove it in the app.`;
  return `Kept as pending; the app retries it by itself while it is open, or run ${retry} now.`;
}

/**
 * Prints capture outcomes the way `lectern add` prints imports: the new ids on stdout, each failure
 * on stderr with what happened and that the link was kept. Returns how many failed.
 */
export function reportCaptures(io: Output, outcomes: readonly CaptureOutcome[], json: boolean): number {
  let failed = 0;
  for (const outcome of outcomes) {
    if (outcome.ok) {
      if (!json) io.out(outcome.article.id);
      continue;
    }
    failed++;
    io.err(`lectern: ${outcome.url}: ${outcome.message}`);
    io.err(`  ${keptHint(outcome.pending)}`);
  }
  return failed;
}
