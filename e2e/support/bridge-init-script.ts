/**
 * Runs in the page before the renderer: builds window.lectern over Playwright bindings with the same
 * shape the Electron preload exposes. Only the top frame gets a bridge; the article iframe never does.
 */
export function installBrowserBridge(): void {
  if (window !== window.top) return;
  type Listener = (value: unknown) => void;
  const eventListeners = new Set<Listener>();
  const commandListeners = new Set<Listener>();
  const subscribe = (set: Set<Listener>, listener: Listener) => {
    set.add(listener);
    return () => set.delete(listener);
  };
  const host = window as unknown as Record<string, unknown>;
  host.__lecternDeliverEvent = (event: unknown) => eventListeners.forEach((listener) => listener(event));
  host.__lecternDeliverCommand = (command: unknown) => commandListeners.forEach((listener) => listener(command));
  const invoke = host.__lecternInvoke as (method: string, input: unknown) => Promise<string>;
  host.lectern = Object.freeze({
    shell: 'browser',
    // The shell answers with JSON text (see browser-shell.ts).
    invoke: async (method: string, input: unknown) => JSON.parse(await invoke(method, input)) as unknown,
    onEvent: (listener: Listener) => subscribe(eventListeners, listener),
    onCommand: (listener: Listener) => subscribe(commandListeners, listener),
  });
}
