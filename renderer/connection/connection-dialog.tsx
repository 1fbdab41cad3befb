/**
 * "Connect a browser…" (palette, Add menu): what the browser connection does, a switch for it with where it
 * listens (or why it cannot), the paired browsers with Revoke, and where the extension to install is.
 */
import { useId } from 'preact/hooks';
import { Dialog } from '../ui/dialog.tsx';
import { describeListening } from './connection-wording.ts';
import { connectionDialogOpen, connectionNotice, connectionStatus, setConnectionEnabled, switching } from './connection-store.ts';
import { PairedBrowserList } from './paired-browser-list.tsx';
import './connection-dialog.css';

export function ConnectionDialog() {
  const close = () => (connectionDialogOpen.value = false);
  return (
    <Dialog open={connectionDialogOpen.value} onClose={close} title="Browser connection" class="connection-dialog">
      <ConnectionBody close={close} />
    </Dialog>
  );
}

function ConnectionSwitch() {
  const status = connectionStatus.value;
  const listening = describeListening(status);
  const describedBy = useId();
  const enabled = status?.enabled ?? false;
  const busy = status === null || switching.value;
  return (
    <div class="connection-switch-row">
      <button
        type="button"
        role="switch"
        class="connection-switch"
        aria-checked={enabled}
        aria-describedby={describedBy}
        // aria-disabled, not disabled: a disabled button would drop the keyboard focus while core starts listening.
        aria-disabled={busy ? 'true' : undefined}
        data-autofocus
        onClick={() => {
          if (!busy) void setConnectionEnabled(!enabled);
        }}
      >
        <span class="connection-switch-track" aria-hidden="true">
          <span class="connection-switch-thumb" />
        </span>
        <span class="connection-switch-label">Let browsers connect</span>
      </button>
      <p id={describedBy} class={`connection-state connection-state-${listening.tone}`} data-testid="connection-state">
        {listening.text}
      </p>
      {listening.tone === 'problem' && status?.problem && (
        <button type="button" class="btn connection-retry" onClick={() => void (busy || setConnectionEnabled(true))}>
          Try again
        </button>
      )}
    </div>
  );
}

function ConnectionBody({ close }: { close: () => void }) {
  const notice = connectionNotice.value;
  return (
    <div class="connection-body">
      <p class="connection-intro">
        The Lectern extension saves pages from Chromium or Firefox exactly as you see them: signed in, after their scripts ran, with their
        pictures. It talks only to Lectern on this computer, and only after you accept it here with a code shown in both.
      </p>
      <ConnectionSwitch />
      <section class="connection-section" aria-labelledby="paired-browsers-title">
        <h3 id="paired-browsers-title" class="connection-subtitle">
          Paired browsers
        </h3>
        <PairedBrowserList />
      </section>
      <p class={`connection-notice connection-notice-${notice?.tone ?? 'info'}`} role="status">
        {notice?.text ?? ''}
      </p>
      <section class="connection-section" aria-labelledby="install-extension-title">
        <h3 id="install-extension-title" class="connection-subtitle">
          Installing the extension
        </h3>
        <p class="connection-hint">
          It is built into <code>dist/extension/</code> in Lectern’s folder: in Chrome, Edge or Brave, turn on Developer mode on the
          Extensions page and load <code>dist/extension/chromium</code>; in Firefox, load <code>dist/extension/firefox/manifest.json</code>{' '}
          from about:debugging. Then press its Lectern button and choose Connect to Lectern.
        </p>
      </section>
      <div class="dialog-actions">
        <button type="button" class="btn" onClick={close}>
          Close
        </button>
      </div>
    </div>
  );
}
