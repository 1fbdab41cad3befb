/**
 * One toast per run of saved links: the title of a single article with Open, a count for several, and
 * for failures what happened, with "Save the whole page" when the page has no article to find.
 */
import type { CaptureOutcome } from '../../electron/shared/models.ts';
import { openArticle } from '../app/navigation.ts';
import { showToast } from '../ui/toast-store.ts';
import { failureMessage, offersWholePage } from './failure-labels.ts';
import { retryPending } from './pending-store.ts';
import { displayHost } from '../../electron/shared/web-address.ts';

function quoted(title: string): string {
  return title.length > 60 ? `${title.slice(0, 58).trimEnd()}…` : title;
}

/** Announces how saving went; quiet: true says nothing when nothing was saved (automatic retries). */
export function announceCaptures(outcomes: readonly CaptureOutcome[], options: { quiet?: boolean } = {}): void {
  const saved = outcomes.flatMap((o) => (o.ok ? [o.article] : []));
  const failed = outcomes.flatMap((o) => (o.ok ? [] : [o]));
  const first = saved[0];
  if (failed.length === 0 || options.quiet) {
    const known = outcomes.length === 1 && outcomes[0]?.ok && outcomes[0].existing;
    if (saved.length === 1 && first) {
      const text = known ? `Already in your library: ${quoted(first.title)}` : `Saved: ${quoted(first.title)}`;
      showToast(text, { tone: 'success', action: { label: 'Open', run: () => openArticle(first.id) } });
    } else if (saved.length > 1) {
      showToast(`Saved ${saved.length} articles`, { tone: 'success' });
    }
    return;
  }
  const only = failed[0]!;
  if (failed.length === 1 && saved.length === 0) {
    const text = failureMessage(only.code, only.message);
    const host = displayHost(only.url) ?? only.url;
    const message = text.includes(host.split(':')[0]!) ? text : `${host}: ${text}`;
    const kept = only.pending;
    const action = kept && offersWholePage(only.code)
      ? { label: 'Save the whole page', run: () => void retryPending(kept.id, { wholePage: true }) }
      : undefined;
    showToast(message, { tone: 'error', action, durationMs: 12_000 });
    return;
  }
  const savedPart = saved.length > 0 ? `Saved ${saved.length} of ${outcomes.length}. ` : '';
  const noun = failed.length === 1 ? 'link was' : 'links were';
  const waiting = failed.some((outcome) => outcome.pending !== null) ? '; they wait at the top of the library with the reason' : ': not web addresses Lectern can open';
  showToast(`${savedPart}${failed.length} ${noun} not saved${waiting}.`, {
    tone: 'error',
    durationMs: 12_000,
  });
}
