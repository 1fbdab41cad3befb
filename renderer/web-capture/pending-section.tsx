/**
 * Links waiting to be saved, above the article list: each with its site, why the last try failed, how
 * often it was tried and when the next try is, and Retry / Save the whole page / Remove (with Undo).
 */
import type { PendingCapture } from '../../electron/shared/models.ts';
import { CloseIcon } from '../ui/icons.tsx';
import { failureLabel, failureMessage, offersWholePage } from './failure-labels.ts';
import { RetryIcon, LinkIcon } from './link-icons.tsx';
import { describeAttempts, describeNextTry } from './pending-time.ts';
import { removePending, retryAllPending, retryPending, retrying, visiblePending } from './pending-store.ts';
import { displayHost, shortAddress } from '../../electron/shared/web-address.ts';
import { ErrorCode } from '../../electron/shared/errors.ts';
import './web-capture.css';

export function PendingSection() {
  const items = visiblePending.value;
  if (items.length === 0) return null;
  const now = new Date();
  const busy = items.every((item) => item.saving || retrying.value.has(item.id));
  return (
    <section class="list-card pending-links" aria-labelledby="pending-links-title" data-testid="pending-links">
      <header class="pending-head">
        <LinkIcon class="pending-head-icon" />
        <h2 id="pending-links-title" class="pending-title">
          {items.length === 1 ? '1 link waiting to be saved' : `${items.length} links waiting to be saved`}
        </h2>
        {items.length > 1 && (
          <button type="button" class="btn btn-quiet pending-retry-all" disabled={busy} onClick={() => void retryAllPending()}>
            <RetryIcon />
            <span>Retry all</span>
          </button>
        )}
      </header>
      <ul class="pending-list">
        {items.map((item) => (
          <PendingRow key={item.id} item={item} now={now} />
        ))}
      </ul>
    </section>
  );
}

function PendingRow({ item, now }: { item: PendingCapture; now: Date }) {
  const saving = item.saving || retrying.value.has(item.id);
  const code = item.error?.code;
  const host = displayHost(item.url) ?? item.url;
  return (
    <li class="pending-row" data-testid="pending-link" aria-busy={saving}>
      <div class="pending-main">
        <div class="pending-line">
          <span class="pending-host">{host}</span>
          {saving ? (
            <span class="pending-chip pending-chip-saving" role="status">
              Saving…
            </span>
          ) : (
            // Red only for what needs the person; a link the app will retry by itself stays quiet.
            code && <span class={`pending-chip${item.nextRetryAt === null ? '' : ' pending-chip-waiting'}`}>{failureLabel(code)}</span>
          )}
        </div>
        {shortAddress(item.url, 72).replace(/\/$/, '') !== host && (
          <a class="pending-url" href={item.url} title={item.url} target="_blank" rel="noopener noreferrer">
            {shortAddress(item.url, 72)}
          </a>
        )}
        {item.error && <p class="pending-message">{failureMessage(item.error.code, item.error.message)}</p>}
        <p class="pending-meta">
          {describeAttempts(item.attempts)} · {saving ? 'trying now' : describeNextTry(item.nextRetryAt, now)}
        </p>
      </div>
      <div class="pending-actions">
        {offersWholePage(code) && !item.wholePage && (
          <button type="button" class="btn" disabled={saving} onClick={() => void retryPending(item.id, { wholePage: true })}>
            Save the whole page
          </button>
        )}
        {/* A local or private address is refused every time, so retrying it would only disappoint. */}
        {code !== ErrorCode.blockedAddress && (
          <button type="button" class="btn" disabled={saving} onClick={() => void retryPending(item.id)} aria-label={`Retry ${host}`}>
            <RetryIcon />
            <span>Retry</span>
          </button>
        )}
        <button type="button" class="icon-btn" aria-label={`Remove the link to ${host}`} title="Remove" onClick={() => removePending(item)}>
          <CloseIcon />
        </button>
      </div>
    </li>
  );
}
