/**
 * Saving links from the web, as the renderer sees it: the Add URL field's open state, the progress of
 * the run in flight (from core's 'capture.progress'), and saveUrls, which sends the links and says
 * how each one went. Failed links are already kept by core; the pending list shows them.
 */
import { signal } from '@preact/signals';
import type { CaptureOutcome } from '../../electron/shared/models.ts';
import { call } from '../api/client.ts';
import { refreshSoon } from '../library/library-store.ts';
import { showToast } from '../ui/toast-store.ts';
import { announceCaptures } from './announce-captures.ts';
import { refreshPending } from './pending-store.ts';

interface CaptureProgress {
  done: number;
  total: number;
  current: string | null;
}

/** The contract takes at most this many links per call. */
const URLS_PER_CALL = 200;

export const addUrlOpen = signal(false);
/** Text left in the field when it was closed without saving, so nothing typed is lost. */
export const addUrlDraft = signal('');
/** The run in flight; null when nothing is being saved. */
export const captureProgress = signal<CaptureProgress | null>(null);

/** Runs started here and not finished; the bar is cleared when the last one ends. */
let running = 0;

export function openAddUrl(): void {
  addUrlOpen.value = true;
}

/** Mirrors 'capture.progress': the bar goes away when done reaches total. */
export function onCaptureProgress(progress: CaptureProgress): void {
  captureProgress.value = progress.done >= progress.total ? null : progress;
}

/** Sends links to core, shows the run's progress at once, then one toast for how it went. */
export async function saveUrls(urls: readonly string[], options: { wholePage?: boolean } = {}): Promise<CaptureOutcome[]> {
  if (urls.length === 0) return [];
  // Shown before core's first event, so a slow first byte never looks like nothing happened.
  captureProgress.value ??= { done: 0, total: urls.length, current: urls[0] ?? null };
  running++;
  try {
    return await send(urls, options);
  } finally {
    if (--running === 0) captureProgress.value = null;
  }
}

async function send(urls: readonly string[], options: { wholePage?: boolean }): Promise<CaptureOutcome[]> {
  const outcomes: CaptureOutcome[] = [];
  for (let i = 0; i < urls.length; i += URLS_PER_CALL) {
    const result = await call('articles.addUrls', { urls: urls.slice(i, i + URLS_PER_CALL), wholePage: options.wholePage || undefined });
    if (!result.ok) {
      // Core may have recorded some links before it failed: they are in the pending list, not lost.
      showToast(`Lectern could not save the links: ${result.message}`, { tone: 'error' });
      void refreshPending();
      return outcomes;
    }
    outcomes.push(...result.value);
  }
  refreshSoon();
  void refreshPending();
  announceCaptures(outcomes);
  return outcomes;
}
