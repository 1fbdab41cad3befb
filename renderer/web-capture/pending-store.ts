/**
 * The links waiting to be saved, as core keeps them (pending.list), refreshed on 'pending.changed'.
 * Removing one hides it at once and tells core only when the Undo window has passed, so Undo is exact
 * (attempts and reason kept); if core already forgot it, Undo adds the link again.
 */
import { computed, signal } from '@preact/signals';
import type { Result } from '../../electron/shared/errors.ts';
import type { CaptureOutcome, PendingCapture } from '../../electron/shared/models.ts';
import { call } from '../api/client.ts';
import { refreshSoon } from '../library/library-store.ts';
import { showToast } from '../ui/toast-store.ts';
import { announceCaptures } from './announce-captures.ts';
import { shortAddress } from '../../electron/shared/web-address.ts';

const REFRESH_COALESCE_MS = 60;
/** A little longer than the toast stays up, so Undo never races the removal. */
const REMOVE_DELAY_MS = 8000;

export const pendingItems = signal<readonly PendingCapture[]>([]);
/** Ids the person is retrying from here; core's own `saving` covers the rest. */
export const retrying = signal<ReadonlySet<string>>(new Set());
const hidden = signal<ReadonlySet<string>>(new Set());
const removals = new Map<string, ReturnType<typeof setTimeout>>();

/**
 * What the list shows. A link on its very first try is left to the progress bar: listing it as well
 * would make every successful save flash a row that vanishes a moment later.
 */
export const visiblePending = computed(() =>
  pendingItems.value.filter((item) => !hidden.value.has(item.id) && !(item.attempts === 0 && item.saving && !retrying.value.has(item.id))),
);

let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let asked = 0;

export async function refreshPending(): Promise<void> {
  const ticket = ++asked;
  const result = await call('pending.list', {});
  if (ticket !== asked || !result.ok) return; // a newer answer is on its way, or core is busy: keep what is shown
  pendingItems.value = result.value;
}

/** Core said the list changed: fetch it once for a burst of changes. */
export function refreshPendingSoon(): void {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => void refreshPending(), REFRESH_COALESCE_MS);
}

function setRetrying(ids: readonly string[], on: boolean): void {
  const next = new Set(retrying.value);
  for (const id of ids) {
    if (on) next.add(id);
    else next.delete(id);
  }
  retrying.value = next;
}

/** Tries one link again now (optionally keeping the whole page), and says how it went. */
export async function retryPending(id: string, options: { wholePage?: boolean } = {}): Promise<void> {
  setRetrying([id], true);
  const result = await call('pending.retry', { id, wholePage: options.wholePage || undefined });
  setRetrying([id], false);
  await afterRetry(result, false);
}

/** Retry all: every waiting link, whatever its schedule. quiet (coming back online) only announces what was saved. */
export async function retryAllPending(options: { quiet?: boolean } = {}): Promise<void> {
  const ids = visiblePending.value.map((item) => item.id);
  if (ids.length === 0) return;
  setRetrying(ids, true);
  const result = await call('pending.retry', {});
  setRetrying(ids, false);
  await afterRetry(result, options.quiet ?? false);
}

async function afterRetry(result: Result<CaptureOutcome[]>, quiet: boolean): Promise<void> {
  await refreshPending();
  if (!result.ok) {
    if (!quiet) showToast(`Could not retry: ${result.message}`, { tone: 'error' });
    return;
  }
  if (result.value.some((o) => o.ok)) refreshSoon();
  announceCaptures(result.value, { quiet });
}

function setHidden(id: string, on: boolean): void {
  const next = new Set(hidden.value);
  if (on) next.add(id);
  else next.delete(id);
  hidden.value = next;
}

/** Removes a link with Undo: hidden now, forgotten by core when the Undo window has passed. */
export function removePending(item: PendingCapture): void {
  setHidden(item.id, true);
  removals.set(
    item.id,
    setTimeout(() => void forget(item.id), REMOVE_DELAY_MS),
  );
  showToast(`Removed the link to ${shortAddress(item.url, 40)}`, {
    action: { label: 'Undo', run: () => void undoRemove(item) },
  });
}

async function forget(id: string): Promise<void> {
  removals.delete(id);
  const result = await call('pending.remove', { id });
  setHidden(id, false);
  if (!result.ok) showToast(`Could not remove the link: ${result.message}`, { tone: 'error' });
  await refreshPending();
}

async function undoRemove(item: PendingCapture): Promise<void> {
  const timer = removals.get(item.id);
  if (timer !== undefined) {
    clearTimeout(timer);
    removals.delete(item.id);
    setHidden(item.id, false);
    return;
  }
  // Already gone from core (the toast was held open past the window): add the link again.
  const result = await call('articles.addUrls', { urls: [item.url], wholePage: item.wholePage || undefined });
  await refreshPending();
  if (result.ok) announceCaptures(result.value, { quiet: true });
}

/** Removals still waiting for their Undo window, done now (the window is closing). */
export function flushRemovals(): void {
  for (const [id, timer] of removals) {
    clearTimeout(timer);
    void forget(id);
  }
}
