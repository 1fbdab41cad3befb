import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import type { Library } from '../library/library.ts';
import { articleDocumentStream } from './article-document.ts';
import { contentTypeFor } from './content-types.ts';
import { APP_CSP, ARTICLE_CSP, securityHeaders } from './content-security.ts';
import { EXPORT_ROUTE, serveExport } from './export-download.ts';

const ARTICLE_ROUTE = /^\/articles\/([a-z0-9-]{3,64})\/(document|assets\/(.+))$/;

function respond(body: string | Uint8Array<ArrayBuffer> | ReadableStream<Uint8Array> | null, status: number, contentType: string, csp: string): Response {
  return new Response(body, { status, headers: { 'Content-Type': contentType, ...securityHeaders(csp) } });
}

function plain(status: number, message: string, csp = APP_CSP): Response {
  return respond(message, status, 'text/plain; charset=utf-8', csp);
}

async function serveFile(path: string | null, csp: string): Promise<Response> {
  if (!path) return plain(404, 'Not found', csp);
  try {
    return respond(await readFile(path), 200, contentTypeFor(path), csp);
  } catch {
    return plain(404, 'Not found', csp);
  }
}

/**
 * Serves the app's own origin: the renderer's files, each article as a document, and article assets.
 * The same function answers Electron's lectern:// scheme and the browser shell's 127.0.0.1 server.
 */
export function createAppRequestHandler(rendererDir: string, library: () => Library | null) {
  const rendererRoot = resolve(rendererDir);

  function rendererPath(pathname: string): string | null {
    const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname.slice(1));
    const target = resolve(rendererRoot, relative);
    return target.startsWith(rendererRoot + sep) ? target : null;
  }

  return async function handleAppRequest(request: Request): Promise<Response> {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    let pathname: string;
    try {
      pathname = new URL(request.url).pathname;
      decodeURIComponent(pathname);
    } catch {
      // A URL that cannot be parsed or has a broken %-escape is answered, never thrown.
      return plain(400, 'Bad request');
    }
    const exported = EXPORT_ROUTE.exec(pathname);
    if (exported) {
      const current = library();
      return current ? serveExport(current.dataDir, exported[1] ?? '', request.method) : plain(503, 'The library is not open.');
    }
    const route = ARTICLE_ROUTE.exec(pathname);
    if (!route) return serveFile(rendererPath(pathname), APP_CSP);

    const current = library();
    if (!current) return plain(503, 'The library is not open.', ARTICLE_CSP);
    const [, id = '', kind, assetName] = route;
    if (kind === 'document') {
      try {
        const article = current.get(id);
        const body = await current.files.openBody(id);
        return respond(articleDocumentStream(article, body), 200, 'text/html; charset=utf-8', ARTICLE_CSP);
      } catch {
        return plain(404, 'This article is not in the library any more.', ARTICLE_CSP);
      }
    }
    return serveFile(current.files.assetPath(id, decodeURIComponent(assetName ?? '')), ARTICLE_CSP);
  };
}
