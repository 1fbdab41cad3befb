/**
 * "Connect this browser?": shown when a browser asks to pair, one request at a time (the rest queue), with
 * the code the browser shows too. A page cannot make the reader accept blindly: focus starts on the code,
 * not a button; Accept does nothing for its first second; Esc (and a click beside the dialog) denies. It
 * closes itself when the request runs out or is answered elsewhere (the queue follows core).
 */
import { useEffect, useState } from 'preact/hooks';
import type { PairingRequestInfo } from '../../electron/shared/contract-connection.ts';
import { Dialog } from '../ui/dialog.tsx';
import { othersWaiting } from './connection-wording.ts';
import { answerPairing, waitingPairings } from './pairing-store.ts';
import './pairing-dialog.css';

/** How long Accept stays unarmed after a request appears: longer than a keypress already under way. */
const ARM_DELAY_MS = 1000;

export function PairingDialog() {
  const [request, ...others] = waitingPairings.value;
  if (!request) return null;
  // Keyed by the request: the next one in the queue opens as a new dialog, with its own unarmed second.
  return (
    <Dialog key={request.requestId} open onClose={() => void answerPairing(request, 'deny')} title="Connect this browser?" class="pairing-dialog">
      <PairingBody request={request} othersWaiting={others.length} />
    </Dialog>
  );
}

function useArmed(): boolean {
  const [armed, setArmed] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setArmed(true), ARM_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  return armed;
}

function PairingBody({ request, othersWaiting: others }: { request: PairingRequestInfo; othersWaiting: number }) {
  const armed = useArmed();
  const digits = request.code.split('');
  return (
    <div class="pairing-body" data-testid="pairing-dialog">
      <p class="pairing-client">
        <span class="pairing-client-name">{request.client}</span> wants to save pages to Lectern.
      </p>
      <p class="pairing-code" tabIndex={-1} data-autofocus>
        <span class="visually-hidden">Code: {digits.join(' ')}</span>
        <span class="pairing-digits" aria-hidden="true" data-testid="pairing-code">
          {digits.map((digit, i) => (
            <span key={i} class="pairing-digit">
              {digit}
            </span>
          ))}
        </span>
      </p>
      <p class="pairing-check">Check that your browser shows the same code. If you did not just ask to connect a browser, deny.</p>
      {others > 0 && <p class="pairing-others">{othersWaiting(others)}</p>}
      <div class="dialog-actions">
        <button type="button" class="btn" onClick={() => void answerPairing(request, 'deny')}>
          Deny
        </button>
        <button
          type="button"
          class="btn btn-primary"
          aria-disabled={armed ? undefined : 'true'}
          onClick={() => {
            if (armed) void answerPairing(request, 'accept');
          }}
        >
          Accept
        </button>
      </div>
    </div>
  );
}
