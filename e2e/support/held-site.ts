import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

interface HeldSite {
  url(path: string): string;
  /** Drops every request still held (the app sees the connection fail) and stops listening. */
  close(): Promise<void>;
}

/**
 * A site on 127.0.0.1 that answers nothing: every request waits until the site closes, so a spec can look at
 * "saving…" for as long as it needs, then see the links fail.
 */
export async function startHeldSite(): Promise<HeldSite> {
  const held: ServerResponse[] = [];
  const server = createServer((_request, response) => void held.push(response));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: async () => {
      held.forEach((response) => response.destroy());
      await new Promise((done) => server.close(done));
    },
  };
}
