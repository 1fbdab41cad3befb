/**
 * A small web site on 127.0.0.1 for the extension journeys: an article whose text only exists once its
 * script has run (after load, a little later), with one photo served only to a reader holding the site's
 * session cookie (as a paywalled or signed-in site would), plus a second article to save by link.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { paintPng } from '../../electron/core/capture/testing/tiny-images.ts';

export const SESSION_COOKIE = { name: 'session', value: 'reader-4f2a' };

/** The rendered article's title and the sentences its script writes. */
export const RENDERED = {
  title: 'Night shift at the tide gauge',
  sentences: [
    'Every six minutes the gauge at Skerry harbour writes down the height of the sea, and has done since 1962.',
    'Mara Quill reads the numbers each night and compares them with the ones her grandmother wrote by hand.',
    'The sea here is eleven centimetres higher than when the first reading was taken, she says, and it is not slowing.',
    'On calm nights the float barely moves, and the log fills with the same number for hours on end.',
  ],
  photoAlt: 'The tide gauge hut at night',
};

export const LINKED = { path: '/stories/ferry-timetable', title: 'A ferry timetable, annotated' };

/** Plain articles (no script needed), saved from the toolbar. */
export const PLAIN = {
  lights: { path: '/2026/harbour-lights', title: 'Harbour lights after midnight' },
  nets: { path: '/2026/mending-nets', title: 'Mending nets in the rain' },
};

function plainArticle(title: string, topic: string): string {
  const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>${topic} ${i + 1}: the harbour keeps its own hours, and the people who work it keep them too. Nobody hurries the tide, and nobody hurries the work that follows it; the boats come in when they come in, and the nets are mended where they lie.</p>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>${paragraphs.join('')}</article></body></html>`;
}

const PHOTO = paintPng(480, 270, (x, y) => [Math.round(20 + (x / 480) * 60), Math.round(40 + (y / 270) * 80), 120]);

function renderedArticle(): string {
  // The page ships an empty shell; its script fills it in after load, as single-page apps do.
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${RENDERED.title} | Harbour Notes</title>
<meta property="og:site_name" content="Harbour Notes"></head><body>
<header><a href="/">Harbour Notes</a> <a href="${LINKED.path}">${LINKED.title}</a></header>
<main id="app"><p class="loading">Loading…</p></main>
<script src="/app.js"></script></body></html>`;
}

const APP_JS = `window.addEventListener('load', () => setTimeout(() => {
  const sentences = ${JSON.stringify(RENDERED.sentences)};
  const app = document.getElementById('app');
  app.innerHTML = '';
  const article = document.createElement('article');
  const h1 = document.createElement('h1');
  h1.textContent = ${JSON.stringify(RENDERED.title)};
  article.append(h1);
  const figure = document.createElement('figure');
  const img = document.createElement('img');
  img.src = '/private/gauge-hut.png';
  img.alt = ${JSON.stringify(RENDERED.photoAlt)};
  img.width = 480; img.height = 270;
  figure.append(img);
  article.append(figure);
  for (const text of sentences) { const p = document.createElement('p'); p.textContent = text; article.append(p); }
  app.append(article);
}, 250));`;

const LINKED_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${LINKED.title}</title></head><body><article><h1>${LINKED.title}</h1>
${Array.from({ length: 6 }, (_, i) => `<p>The ${['first', 'second', 'third', 'fourth', 'fifth', 'sixth'][i]} crossing leaves at ${6 + i * 2}:15, weather allowing, and the captain decides what weather allows. Passengers who have taken it for years know the signs: gulls sitting on the pier, the harbourmaster's flag, the smell of diesel held low by the fog.</p>`).join('\n')}
</article></body></html>`;

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': String(Buffer.byteLength(body)), 'Cache-Control': 'no-store' });
  res.end(body);
}

/** Requests for the photo, by whether they carried the session cookie. */
interface PhotoRequests {
  withCookie: number;
  withoutCookie: number;
}

function handle(req: IncomingMessage, res: ServerResponse, photo: PhotoRequests): void {
  const path = (req.url ?? '/').split('?')[0]!;
  if (path === '/2026/night-shift') return send(res, 200, 'text/html; charset=utf-8', renderedArticle());
  if (path === '/app.js') return send(res, 200, 'text/javascript', APP_JS);
  if (path === LINKED.path) return send(res, 200, 'text/html; charset=utf-8', LINKED_PAGE);
  if (path === '/private/gauge-hut.png') {
    const signedIn = (req.headers.cookie ?? '').split(/;\s*/).includes(`${SESSION_COOKIE.name}=${SESSION_COOKIE.value}`);
    if (signedIn) photo.withCookie += 1;
    else photo.withoutCookie += 1;
    return signedIn ? send(res, 200, 'image/png', PHOTO) : send(res, 403, 'text/html', '<p>Sign in to see this picture.</p>');
  }
  if (path === PLAIN.lights.path) return send(res, 200, 'text/html; charset=utf-8', plainArticle(PLAIN.lights.title, 'Light'));
  if (path === PLAIN.nets.path) return send(res, 200, 'text/html; charset=utf-8', plainArticle(PLAIN.nets.title, 'Net'));
  if (path === '/blank') return send(res, 200, 'text/html; charset=utf-8', '<!doctype html><title>Blank</title><p>A page of its own.</p>');
  send(res, 404, 'text/html', '<h1>Not found</h1>');
}

export interface ExtensionSite {
  origin: string;
  url(path: string): string;
  photo: PhotoRequests;
  close(): Promise<void>;
}

/** Starts the site on an OS-chosen port of 127.0.0.1. */
export async function startExtensionSite(): Promise<ExtensionSite> {
  const photo: PhotoRequests = { withCookie: 0, withoutCookie: 0 };
  const server: Server = createServer((req, res) => handle(req, res, photo));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    url: (path) => `http://127.0.0.1:${port}${path}`,
    photo,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}
