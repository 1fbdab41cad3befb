// The routes of the browser connection's HTTP API, exactly as the API page names them: /ping, /pair,
// /pair/<id>, and, for a paired browser only, /save, /undo and /tags. Bodies are validated here; the work
// is done by browser-saves.ts; failures become { error: { code, message } } with a status.
import * as v from 'valibot';
import { ErrorCode } from '../../shared/errors.ts';
import { isWebUrl } from '../../shared/web-address.ts';
import { CoreError } from '../core-error.ts';
import type { BrowserSaves, SaveReply, SaveRequest } from './browser-saves.ts';
import type { ConnectionReply, ConnectionRequest } from './http-listener.ts';
import type { PairedBrowsers } from './paired-browsers.ts';
import type { PairingPoll } from './pairing-requests.ts';
import { RECORD_ID } from '../../shared/contract-schemas.ts';

export interface RouteDeps {
  version: string;
  browsers: Pick<PairedBrowsers, 'authenticate'>;
  /** The saves of the open library; the listener lives and dies with it. */
  saves: BrowserSaves;
  /** A new pairing request with its code (the app is told), or null when too many wait already. */
  requestPairing(client: string): { requestId: string; code: string } | null;
  /** What a browser polling its request learns; an accepted one gets its token, once. null: unknown or expired. */
  pollPairing(requestId: string): Promise<(Exclude<PairingPoll, { state: 'accepted' }> | { state: 'accepted'; token: string }) | null>;
}

const notWebUrl = 'must be an http or https address';
const webUrl = v.pipe(v.string(notWebUrl), v.maxLength(8192, 'is longer than any address Lectern saves'), v.check((url: string) => isWebUrl(url), notWebUrl));
const pairBody = v.object({ client: v.pipe(v.string('must name the browser ("Chromium 131 on Linux")'), v.maxLength(500, 'is too long for a browser’s name')) });
const saveBody = v.pipe(v.object({
  kind: v.picklist(['page', 'link', 'selection'], 'must be "page", "link" or "selection"'),
  url: webUrl,
  title: v.optional(v.pipe(v.string(), v.maxLength(2000))),
  html: v.optional(v.string('must be the page’s html as text')),
  selection: v.optional(v.object({ text: v.pipe(v.string('must be the selected text'), v.minLength(1, 'must not be empty'), v.maxLength(100_000, 'is longer than a highlight can be')) })),
  images: v.optional(
    v.pipe(
      v.array(v.object({ url: v.pipe(v.string(), v.maxLength(100_000)), contentType: v.optional(v.pipe(v.string(), v.maxLength(200))), dataBase64: v.string() })),
      v.maxLength(1000),
    ),
  ),
}), v.check((body) => body.kind !== 'selection' || body.selection !== undefined, 'saves a selection only with selection.text'));
const articleIdField = v.pipe(v.string(), v.regex(RECORD_ID, 'is not an article id'));
const undoBody = v.object({ articleId: articleIdField });
const tagsBody = v.object({ articleId: articleIdField, tags: v.pipe(v.array(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(64))), v.minLength(1), v.maxLength(50)) });

const ok = (body: unknown): ConnectionReply => ({ status: 200, body });
const fail = (status: number, code: string, message: string): ConnectionReply => ({ status, body: { error: { code, message } } });

/** The body, checked against its schema; a bad one is a 400 that names the field. */
async function parse<S extends v.GenericSchema>(request: ConnectionRequest, schema: S): Promise<v.InferOutput<S>> {
  const result = v.safeParse(schema, await request.body());
  if (result.success) return result.output;
  const issue = result.issues[0];
  const field = issue?.path?.map((step) => String(step.key)).join('.');
  const problem = issue?.message ?? 'is not valid';
  throw new CoreError(ErrorCode.invalidInput, field ? `The request's ${field} ${problem}.` : `The request ${problem}.`);
}

/** The pictures the browser sent, keyed by their absolute URL as the page's html names them. */
function givenImages(pageUrl: string, images: v.InferOutput<typeof saveBody>['images']): SaveRequest['images'] {
  return (images ?? []).flatMap((image) => {
    try {
      return [{ url: new URL(image.url, pageUrl).href, contentType: image.contentType ?? '', bytes: Buffer.from(image.dataBase64, 'base64') }];
    } catch {
      return [];
    }
  });
}

/** Status for a failure core explains: the extension shows its message and branches on its code. */
function statusOf(code: string): number {
  if (code === ErrorCode.invalidInput) return 400;
  if (code === ErrorCode.forbidden) return 403;
  if (code === ErrorCode.notFound) return 404;
  if (code === ErrorCode.libraryLocked || code === ErrorCode.databaseCorrupt) return 503;
  return 422;
}

/** The handler the listener calls for every request that passed its checks. */
export function createRoutes(deps: RouteDeps): (request: ConnectionRequest) => Promise<ConnectionReply> {
  return async (request) => {
    try {
      return await route(deps, request);
    } catch (error) {
      if (!(error instanceof CoreError)) throw error;
      return fail(statusOf(error.code), error.code.toLowerCase(), error.message);
    }
  };
}

async function route(deps: RouteDeps, request: ConnectionRequest): Promise<ConnectionReply> {
  const { method, path } = request;
  const browser = request.token === null ? null : deps.browsers.authenticate(request.token);
  if (path === '/ping' && method === 'GET') return ok({ app: 'lectern', version: deps.version, paired: browser !== null });
  if (path === '/pair' && method === 'POST') {
    const pairing = deps.requestPairing((await parse(request, pairBody)).client);
    if (!pairing) return fail(429, 'too_many_pairings', 'Three browsers are already waiting to be connected; answer them in Lectern, or wait two minutes, then try again.');
    return ok({ requestId: pairing.requestId, code: pairing.code });
  }
  const pairPoll = /^\/pair\/([0-9a-f-]{36})$/.exec(path);
  if (pairPoll && method === 'GET') {
    const state = await deps.pollPairing(pairPoll[1]!);
    if (state === null) return fail(404, 'unknown_pairing', 'Lectern has no such pairing request: it was answered already or its two minutes passed. Ask to connect again.');
    return ok(state);
  }
  const known = ['/save', '/undo', '/tags'].includes(path);
  if (!known) return fail(404, 'no_such_route', `Lectern has no ${method} ${path.slice(0, 100)}.`);
  if (browser === null) return fail(401, 'unauthorized', 'This browser is not connected to Lectern (or was disconnected in its settings). Connect it again from the extension.');
  if (path === '/save' && method === 'POST') {
    const body = await parse(request, saveBody);
    const reply: SaveReply = await deps.saves.save(browser.id, { kind: body.kind, url: body.url, html: body.html, selection: body.selection, images: givenImages(body.url, body.images) });
    return ok(reply);
  }
  if (path === '/undo' && method === 'POST') return ok(await deps.saves.undo(browser.id, (await parse(request, undoBody)).articleId));
  if (path === '/tags' && method === 'GET') return ok(deps.saves.tagNames());
  if (path === '/tags' && method === 'POST') {
    const body = await parse(request, tagsBody);
    return ok(await deps.saves.addTags(browser.id, body.articleId, body.tags));
  }
  return fail(405, 'method_not_allowed', `${path} does not take ${method} requests.`);
}
