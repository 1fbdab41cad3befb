/** Events core pushes to front ends. */
export interface EventMap {
  /** Something in the library changed; ids names the articles when known. */
  'library.changed': { ids: string[] };
  /** Progress of a multi-file import started by the shell (File > Open, CLI). */
  'import.progress': { done: number; total: number; current: string | null };
  /** Progress of saving links (articles.addUrls, pending.retry). */
  'capture.progress': { done: number; total: number; current: string | null };
  /** The list of links waiting to be saved changed. */
  'pending.changed': { count: number };
}

export type EventName = keyof EventMap;

export interface LecternEvent<K extends EventName = EventName> {
  name: K;
  payload: EventMap[K];
}
