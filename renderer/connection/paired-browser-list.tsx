/**
 * The paired browsers in the Browser connection dialog, each with Revoke. Revoking cannot be taken back
 * (the browser's token is refused for good; it must pair again), so the row asks first, in place.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PairedBrowser } from '../../electron/shared/contract-connection.ts';
import { describeBrowserUse } from './connection-wording.ts';
import { pairedBrowsers, revokeBrowser } from './connection-store.ts';

export function PairedBrowserList() {
  // Always there, so focus has somewhere to go when the row it was on is revoked and gone.
  const list = useRef<HTMLDivElement>(null);
  const browsers = pairedBrowsers.value;
  const now = new Date();
  const revoke = async (browser: PairedBrowser) => {
    list.current?.focus();
    await revokeBrowser(browser);
  };
  return (
    <div ref={list} class="paired-browsers-wrap" tabIndex={-1}>
      {browsers === null ? (
        <p class="connection-hint">Loading…</p>
      ) : browsers.length === 0 ? (
        <p class="connection-hint">No browser is paired yet. Install the extension, press its Lectern button, and accept the code it shows here.</p>
      ) : (
        <ul class="paired-browsers">
          {browsers.map((browser) => (
            <PairedBrowserRow key={browser.id} browser={browser} now={now} onRevoke={revoke} />
          ))}
        </ul>
      )}
    </div>
  );
}

function PairedBrowserRow({ browser, now, onRevoke }: { browser: PairedBrowser; now: Date; onRevoke: (browser: PairedBrowser) => void }) {
  const [confirming, setConfirming] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  const revokeButton = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  // Focus follows the question: to "Keep" when it is asked (the safe answer), back to Revoke when it is withdrawn.
  useLayoutEffect(() => {
    if (confirming) keep.current?.focus();
    else if (asked.current) revokeButton.current?.focus();
    asked.current = confirming;
  }, [confirming]);

  return (
    <li class="paired-browser" data-testid="paired-browser">
      <div class="paired-browser-text">
        <span class="paired-browser-name">{browser.client}</span>
        <span class="paired-browser-meta">{confirming ? 'It will have to connect again, with a new code, to save to Lectern.' : describeBrowserUse(browser, now)}</span>
      </div>
      {confirming ? (
        <div class="paired-browser-actions" role="group" aria-label={`Revoke ${browser.client}?`}>
          <button ref={keep} type="button" class="btn" onClick={() => setConfirming(false)}>
            Keep
          </button>
          <button type="button" class="btn btn-danger" onClick={() => onRevoke(browser)}>
            Revoke
          </button>
        </div>
      ) : (
        <button ref={revokeButton} type="button" class="btn" aria-label={`Revoke ${browser.client}…`} onClick={() => setConfirming(true)}>
          Revoke…
        </button>
      )}
    </li>
  );
}
