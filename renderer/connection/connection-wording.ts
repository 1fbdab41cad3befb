/** The browser connection in words: whether Lectern listens and where, and when a paired browser was paired and last used. */
import type { ConnectionStatus, PairedBrowser } from '../../electron/shared/contract-connection.ts';

type ListeningTone = 'loading' | 'off' | 'on' | 'problem';

/** The line under the switch, and its tone for the dot beside it. */
export function describeListening(status: ConnectionStatus | null): { tone: ListeningTone; text: string } {
  if (!status) return { tone: 'loading', text: 'Checking…' };
  if (!status.enabled) return { tone: 'off', text: 'Off: no browser can reach Lectern. Paired browsers keep their saves until you turn it on.' };
  if (status.listening && status.port !== null) return { tone: 'on', text: `On: listening on 127.0.0.1, port ${status.port}, for this computer only.` };
  return { tone: 'problem', text: status.problem ?? 'Starting to listen…' };
}

function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/** "today at 14:05", "yesterday at 09:12", "3 May 2026": a moment as a person reads it. */
function when(iso: string, now: Date, locale?: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return 'at an unknown time';
  const time = at.toLocaleTimeString(locale, { hour: 'numeric', minute: '2-digit' });
  if (sameDay(at, now)) return `today at ${time}`;
  const yesterday = new Date(now);
  yesterday.setDate(now.getDate() - 1);
  if (sameDay(at, yesterday)) return `yesterday at ${time}`;
  return `on ${at.toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric' })}`;
}

/** "Paired today at 14:05 · last used yesterday at 09:12" (or "· not used yet"). */
export function describeBrowserUse(browser: PairedBrowser, now: Date, locale?: string): string {
  const used = browser.lastUsedAt ? `last used ${when(browser.lastUsedAt, now, locale)}` : 'not used yet';
  return `Paired ${when(browser.pairedAt, now, locale)} · ${used}`;
}

/** "1 more browser is waiting to connect." under the request shown now; empty when it is the only one. */
export function othersWaiting(count: number): string {
  if (count <= 0) return '';
  return count === 1 ? '1 more browser is waiting to connect.' : `${count} more browsers are waiting to connect.`;
}
