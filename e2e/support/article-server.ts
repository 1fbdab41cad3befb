/**
 * A small web site on 127.0.0.1 for the "save from the web" journeys: a realistic long-read with real PNG
 * pictures (plain, lazy-loaded through data-src, srcset, <picture>), plus pages that fail the ways real
 * sites do (404, PDF, sign-in wall, slow). It can stop and start again on the same port, so a spec can
 * play "the site was down, now it is back".
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { paintPng } from '../../electron/core/capture/testing/tiny-images.ts';

/** Sky over hills over water: a landscape whose horizon sits at `horizon` (0..1). */
function landscape(width: number, height: number, hue: [number, number, number], horizon: number): Buffer {
  return paintPng(width, height, (x, y) => {
    const h = y / height;
    const hill = horizon - 0.12 * Math.sin((x / width) * Math.PI * 2.2 + hue[0] / 40) - 0.05 * Math.sin((x / width) * 9);
    if (h < hill) {
      const t = h / hill;
      return [Math.round(hue[0] + (255 - hue[0]) * t * 0.6), Math.round(hue[1] + (240 - hue[1]) * t * 0.6), Math.round(hue[2] + (230 - hue[2]) * t * 0.4)];
    }
    if (h < horizon + 0.08) return [Math.round(hue[0] * 0.35), Math.round(hue[1] * 0.5), Math.round(hue[2] * 0.3)];
    const ripple = (Math.sin(x / 6 + y / 2) + 1) * 10;
    return [Math.round(30 + ripple), Math.round(70 + ripple), Math.round(110 + ripple * 2)];
  });
}

const PICTURES: Record<string, Buffer> = {
  '/media/harbour.png': landscape(720, 405, [250, 170, 110], 0.55),
  '/media/lighthouse-lazy.png': landscape(640, 360, [120, 160, 220], 0.5),
  '/media/tide-640.png': landscape(640, 320, [200, 120, 160], 0.6),
  '/media/tide-1280.png': landscape(1280, 640, [200, 120, 160], 0.6),
  '/media/nets-800.png': landscape(800, 450, [170, 200, 130], 0.45),
  '/media/nets-fallback.png': landscape(400, 225, [170, 200, 130], 0.45),
};

const para = (text: string) => `<p>${text}</p>`;

/** The long-read: site chrome around an article with five pictures embedded five different ways. */
function harbourArticle(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>The last lighthouse keeper of Skerry Point | The Coastal Review</title>
<meta property="og:site_name" content="The Coastal Review">
<meta property="og:title" content="The last lighthouse keeper of Skerry Point">
<meta name="author" content="Maren Holt">
<meta property="article:published_time" content="2026-02-11T07:30:00Z">
<link rel="stylesheet" href="/static/site.css">
<script src="/static/analytics.js"></script>
</head><body>
<header class="masthead"><a href="/">The Coastal Review</a><nav><a href="/news">News</a> <a href="/travel">Travel</a> <a href="/subscribe">Subscribe</a></nav></header>
<main><article class="story">
<h1>The last lighthouse keeper of Skerry Point</h1>
<p class="byline">By Maren Holt · 11 February 2026</p>
<figure><img src="/media/harbour.png" alt="The harbour at dusk" width="720" height="405"><figcaption>The harbour at dusk, seen from the keeper’s gallery.</figcaption></figure>
${para('For forty-one years, Ivor Lang climbed the hundred and twelve steps of the Skerry Point light every evening before the fog came in. He knew the sound of each step, and which of them rang hollow when the wind came from the north.')}
${para('The light was automated in 1998, but nobody told Ivor to stop, so he did not. He kept a log in a green ledger: the weather, the ships, the birds that struck the glass and the ones that did not. The ledgers fill a shelf in the keeper’s cottage and, since last spring, a room in the county archive.')}
<figure><img class="lazyload" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" data-src="/media/lighthouse-lazy.png" loading="lazy" alt="The lighthouse in winter light"><figcaption>The tower in January, when the lamp is lit at four.</figcaption></figure>
${para('“People think it is lonely,” he told me, pouring tea from a pot older than both of us. “It is the least lonely place I know. Every ship that passes is a conversation. They see you, you see them, and everybody gets home.”')}
${para('The archive has begun to read the ledgers for what they say about the sea. Storms have grown more frequent since the nineteen-eighties; the puffins arrive a week earlier than they did; the herring boats, once a nightly procession, are now a rumour. Ivor wrote it all down without knowing anyone would read it.')}
<figure><img src="/media/tide-640.png" srcset="/media/tide-640.png 640w, /media/tide-1280.png 1280w" sizes="(max-width: 700px) 100vw, 700px" alt="Low tide on the flats"><figcaption>Low tide on the flats below the point.</figcaption></figure>
${para('On the last night I spent there, the fog came in early. Ivor climbed the steps anyway, slower than he used to, and stood in the lamp room while the light turned above us. He did not need to be there. He wanted to be.')}
<figure><picture><source type="image/webp" srcset="/media/nets-800.png 800w"><img src="/media/nets-fallback.png" alt="Nets drying on the quay"></picture><figcaption>Nets drying on the quay, the way they have for a century.</figcaption></figure>
${para('In the morning he walked me down to the harbour and pointed at the boats one by one, naming their skippers and their grandfathers. Then he went back up the hill to write the weather in the green ledger, as he has done every day since 1983.')}
${para('The county has asked him to stay on as a volunteer guide when the cottage opens to visitors next summer. He has said yes, on one condition: that someone keeps writing in the ledger after he is gone.')}
<div class="share">Share this story: <a href="https://social.example/share">Post</a></div>
</article>
<aside class="related"><h2>More from the coast</h2><ul><li><a href="/a">Seal pups return to the Inner Sound</a></li><li><a href="/b">A ferry timetable, annotated</a></li></ul></aside>
</main>
<footer>© 2026 The Coastal Review · <a href="/privacy">Privacy</a></footer>
<img src="/pixel.gif" width="1" height="1" alt="">
</body></html>`;
}

const SIGN_IN = `<!doctype html><html><head><title>Sign in</title></head><body>
<div class="modal"><h2>Sign in to continue reading</h2>
<form action="/login" method="post"><label>Email <input name="email"></label><label>Password <input type="password" name="pw"></label><button>Sign in</button></form>
<p>Subscribers only. <a href="/subscribe">Subscribe</a></p></div></body></html>`;

export interface ArticleServer {
  readonly port: number;
  origin: string;
  url(path: string): string;
  /** Requests by path since start. */
  hits: Map<string, number>;
  /** Stops answering (connections are refused) until start() is called again. */
  stop(): Promise<void>;
  /** Starts again on the same port. */
  start(): Promise<void>;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': String(Buffer.byteLength(body)) });
  res.end(body);
}

function handle(req: IncomingMessage, res: ServerResponse, hits: Map<string, number>): void {
  const path = (req.url ?? '/').split('?')[0]!;
  hits.set(path, (hits.get(path) ?? 0) + 1);
  const picture = PICTURES[path];
  if (picture) return send(res, 200, 'image/png', picture);
  if (path === '/2026/02/last-lighthouse-keeper' || path === '/again/last-lighthouse-keeper') return send(res, 200, 'text/html; charset=utf-8', harbourArticle());
  if (path === '/slow/last-lighthouse-keeper') {
    const timer = setTimeout(() => send(res, 200, 'text/html; charset=utf-8', harbourArticle()), 1500);
    res.on('close', () => clearTimeout(timer));
    return;
  }
  if (path === '/annual-report.pdf') return send(res, 200, 'application/pdf', '%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF');
  if (path === '/members/sign-in') return send(res, 200, 'text/html; charset=utf-8', SIGN_IN);
  send(res, 404, 'text/html; charset=utf-8', '<h1>Not found</h1>');
}

/** Starts the site on 127.0.0.1 (an OS-chosen port unless one is given). */
export async function startArticleServer(port = 0): Promise<ArticleServer> {
  const hits = new Map<string, number>();
  let server: Server | null = null;
  const listen = async (on: number): Promise<number> => {
    server = createServer((req, res) => handle(req, res, hits));
    await new Promise<void>((resolve, reject) => {
      server!.once('error', reject);
      server!.listen(on, '127.0.0.1', resolve);
    });
    return (server.address() as AddressInfo).port;
  };
  const bound = await listen(port);
  const stop = async () => {
    const current = server;
    server = null;
    if (!current) return;
    current.closeAllConnections();
    await new Promise<void>((resolve) => current.close(() => resolve()));
  };
  return {
    port: bound,
    origin: `http://127.0.0.1:${bound}`,
    url: (path) => `http://127.0.0.1:${bound}${path}`,
    hits,
    stop,
    start: async () => {
      if (!server) await listen(bound);
    },
    close: stop,
  };
}

/** A port on 127.0.0.1 with nothing listening, for "the site is down" (start a server on it later). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
