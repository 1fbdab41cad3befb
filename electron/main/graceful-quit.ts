/**
 * Quitting waits for the library. Electron quits as soon as 'before-quit' returns, which
 * would drop debounced writes (reading progress, window bounds), so the first quit is
 * held back until shutdown resolves, then quit is asked for again and let through.
 */

interface QuittableApp {
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  quit(): void;
}

/** Runs shutdown once before the app quits; later quit requests wait for it instead of starting another. */
export function installGracefulQuit(app: QuittableApp, shutdown: () => Promise<void>, onError: (error: unknown) => void): void {
  let phase: 'running' | 'closing' | 'done' = 'running';
  app.on('before-quit', (event) => {
    if (phase === 'done') return;
    event.preventDefault();
    if (phase === 'closing') return;
    phase = 'closing';
    shutdown()
      .catch(onError)
      .finally(() => {
        phase = 'done';
        app.quit();
      });
  });
}
