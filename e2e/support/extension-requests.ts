/**
 * The browser connection's HTTP API spoken from the test with the headers the Lectern extension sends, to one
 * app's listener on a port the spec chose: for specs that play the browser without loading the extension
 * (what they check is the app's side: its dialogs). Over core's own test client (connection/testing/).
 */
import { extensionHeaders, rawRequest } from '../../electron/core/connection/testing/connection-client.ts';

interface Reply<T> {
  status: number;
  body: T;
}

export interface ExtensionRequests {
  /** GET /ping, with the token when given: `paired` says whether it is valid. */
  ping(token?: string): Promise<Reply<{ app?: string; paired?: boolean }>>;
  /** POST /pair: the request id to poll and the code the app shows too. */
  pair(client: string): Promise<{ requestId: string; code: string }>;
  /** GET /pair/<id>: waiting, accepted (with the token, once), denied, or 404 once forgotten. */
  poll(requestId: string): Promise<Reply<{ state?: 'waiting' | 'accepted' | 'denied'; token?: string }>>;
  /** GET /tags: the simplest request that needs a paired browser's token (401 without a valid one). */
  tags(token: string): Promise<Reply<{ tags?: string[]; error?: { code: string } }>>;
}

/** A browser talking to the listener on 127.0.0.1:`port`. */
export function extensionRequests(port: number): ExtensionRequests {
  const send = async <T>(method: string, path: string, token?: string, body?: unknown): Promise<Reply<T>> => {
    const reply = await rawRequest(port, method, path, { headers: extensionHeaders(port, token), body });
    return { status: reply.status, body: reply.json as T };
  };
  return {
    ping: (token) => send('GET', '/ping', token),
    async pair(client) {
      const reply = await send<{ requestId: string; code: string }>('POST', '/pair', undefined, { client });
      if (reply.status !== 200) throw new Error(`POST /pair answered ${reply.status}: ${JSON.stringify(reply.body)}`);
      return reply.body;
    },
    poll: (requestId) => send('GET', `/pair/${requestId}`),
    tags: (token) => send('GET', '/tags', token),
  };
}
