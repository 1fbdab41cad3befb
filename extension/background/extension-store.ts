/**
 * The extension's storage (chrome.storage.local: it survives restarts and is not readable by web pages)
 * and the client built from what it holds: the pairing token and the port Lectern answered on last.
 */
import { createLecternClient, type LecternClient } from '../api/lectern-client.ts';
import type { KeyValueStore } from '../queue/save-queue.ts';

/** chrome.storage.local as the queue's KeyValueStore. */
export const extensionStore: KeyValueStore = {
  get: async (key) => (await chrome.storage.local.get(key))[key],
  set: (key, value) => chrome.storage.local.set({ [key]: value }),
};

const TOKEN_KEY = 'token';
const PORT_KEY = 'port';

/** Whether this browser holds a pairing token. */
export async function hasToken(): Promise<boolean> {
  return typeof (await extensionStore.get(TOKEN_KEY)) === 'string';
}

/** Keeps the token the app issued when the reader accepted the pairing. */
export async function storeToken(token: string): Promise<void> {
  await extensionStore.set(TOKEN_KEY, token);
}

/** Runs `use` with a client holding the stored token and port, and remembers the port it found. */
export async function withClient<T>(use: (client: LecternClient) => Promise<T>): Promise<T> {
  const stored = await chrome.storage.local.get([TOKEN_KEY, PORT_KEY]);
  const client = createLecternClient({
    fetch: (url, init) => fetch(url, init),
    version: chrome.runtime.getManifest().version,
    token: typeof stored[TOKEN_KEY] === 'string' ? stored[TOKEN_KEY] : null,
    port: typeof stored[PORT_KEY] === 'number' ? stored[PORT_KEY] : null,
  });
  try {
    return await use(client);
  } finally {
    if (client.port !== null && client.port !== stored[PORT_KEY]) await extensionStore.set(PORT_KEY, client.port);
  }
}
