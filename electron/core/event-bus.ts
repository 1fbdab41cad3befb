import type { EventMap, EventName, LecternEvent } from '../shared/events.ts';
import type { EventListener } from './core-types.ts';

/** Fans core events out to every shell listening; a failing listener never breaks the others. */
export class EventBus {
  #listeners = new Set<EventListener>();

  on(listener: EventListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  emit<K extends EventName>(name: K, payload: EventMap[K]): void {
    // The mapped union cannot be built from a generic K without help; name and payload do belong together here.
    const event = { name, payload } as LecternEvent;
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch (error) {
        console.error('lectern: event listener failed', error);
      }
    }
  }
}
