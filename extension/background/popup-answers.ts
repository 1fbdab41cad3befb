/** Answers each popup request (messages.ts) with the background's services. */
import type { LecternClient } from '../api/lectern-client.ts';
import type { SaveQueue } from '../queue/save-queue.ts';
import type { WithClient } from './deliver-save.ts';
import type { Answer, PopupRequest, PopupRequests, SaveOutcome } from './messages.ts';
import type { createPairing } from './pairing.ts';

interface PopupServices {
  openedOver(tabId: number): Promise<SaveOutcome>;
  pairing: ReturnType<typeof createPairing>;
  queue: SaveQueue;
  hasToken(): Promise<boolean>;
  withClient: WithClient;
}

async function answer<T>(use: (client: LecternClient) => Promise<T>, withClient: WithClient): Promise<Answer<T>> {
  try {
    return { ok: true, value: await withClient(use) };
  } catch (error) {
    return { ok: false, message: (error as Error).message || 'Lectern did not answer. Try again.' };
  }
}

/** The reply to one popup request. */
export async function answerPopup(message: PopupRequest, services: PopupServices): Promise<PopupRequests[keyof PopupRequests]['reply']> {
  const { withClient } = services;
  switch (message.type) {
    case 'open':
      return services.openedOver(message.tabId);
    case 'status':
      return { paired: await services.hasToken(), waiting: await services.queue.count(), pairing: await services.pairing.state(), dropped: await services.queue.dropped() };
    case 'pair':
      return services.pairing.start();
    case 'undo':
      return answer(async (client) => (await client.undo(message.articleId)).undone, withClient);
    case 'tags':
      return answer((client) => client.tags(), withClient);
    case 'add-tags':
      return answer((client) => client.addTags(message.articleId, message.tags), withClient);
    default:
      return { ok: false, message: 'The popup asked for something this version of the extension does not know.' };
  }
}
