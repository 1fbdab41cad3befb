/**
 * The note being written for one article: its text, and whether core has it yet. Saving waits for a pause in
 * typing (~600 ms) and is forced when the panel closes or the reader leaves, so a note is never lost to a quick Esc.
 */
import { signal, type Signal } from '@preact/signals';
import { call } from '../api/client.ts';
import { createDebouncedWriter, type WriteState } from '../reader/debounced-writer.ts';

export interface NoteDraft {
  text: Signal<string>;
  state: Signal<WriteState>;
  error: Signal<string | null>;
  edit(text: string): void;
  flush(): Promise<void>;
  dispose(): void;
}

/** Creates the draft for articleId starting from the saved note. */
export function createNoteDraft(articleId: string, saved: string, delayMs = 600): NoteDraft {
  const text = signal(saved);
  const state = signal<WriteState>('idle');
  const error = signal<string | null>(null);
  const writer = createDebouncedWriter<string>(
    async (note) => {
      const result = await call('notes.save', { id: articleId, note });
      return result.ok ? null : result.message;
    },
    {
      delayMs,
      onState: (next, message) => {
        state.value = next;
        error.value = next === 'error' ? (message ?? 'The note could not be saved.') : null;
      },
    },
  );
  // Closing the window or reloading must not lose the last words typed before the pause.
  const flushOnHide = () => void writer.flush();
  globalThis.addEventListener?.('pagehide', flushOnHide);
  return {
    text,
    state,
    error,
    edit(next) {
      if (next === text.value) return;
      text.value = next;
      writer.push(next);
    },
    flush: () => writer.flush(),
    dispose: () => {
      globalThis.removeEventListener?.('pagehide', flushOnHide);
      writer.dispose();
    },
  };
}
