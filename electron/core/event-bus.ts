import type { EventMap, EventName, LecternEvent } from '../shared/events.ts';
import type { EventListener } from './core-types.ts';

/** How a part of core raises events; the bus's emit fits. K names the events that part may raise. */
export type Emit<K extends EventName = EventName> = <N extends K>(name: N, payload: EventMap[N]) => void;

/** Fans core events out to every shell listening; a failing listener never breaks the others. */
export class EventBus {
  #listeners = new Set<EventListener>();

  on(listener: EventListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  readonly emit: Emit = (name, payload) => {
    // The mapped union cannot be built from a generic K without help; name and payload do belong together here.
    const event = { name, payload } as LecternEvent;
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch (error) {
        console.error('lectern: event listener failed', error);
      }
    }
  };
}
