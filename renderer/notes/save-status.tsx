/** "Saving…" / "Saved" next to the note, announced politely so a screen reader hears that the note is safe. */
import type { WriteState } from '../reader/debounced-writer.ts';

const labels: Record<WriteState, string> = {
  idle: '',
  // A pending write is seconds away: to the writer it is already being saved.
  pending: 'Saving…',
  saving: 'Saving…',
  saved: 'Saved',
  error: 'Not saved',
};

export function SaveStatus({ state, error }: { state: WriteState; error: string | null }) {
  return (
    <span class={`save-status save-status-${state}`} role="status" aria-live="polite" title={error ?? undefined} data-state={state}>
      {state === 'error' && error ? `Not saved: ${error}` : labels[state]}
    </span>
  );
}
