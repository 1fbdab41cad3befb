/** Saves a highlight's note a moment after typing stops, and at once when asked (closing, leaving). */
interface NoteAutosave {
  edit(text: string): void;
  flush(): Promise<void>;
  dispose(): void;
}

export function createNoteAutosave(save: (text: string) => Promise<unknown>, delayMs = 600): NoteAutosave {
  let pending: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inflight: Promise<unknown> = Promise.resolve();
  const flush = async () => {
    clearTimeout(timer);
    if (pending !== null) {
      const text = pending;
      pending = null;
      inflight = inflight.then(() => save(text));
    }
    await inflight;
  };
  return {
    edit(text) {
      pending = text;
      clearTimeout(timer);
      timer = setTimeout(() => void flush(), delayMs);
    },
    flush,
    dispose() {
      void flush();
    },
  };
}
