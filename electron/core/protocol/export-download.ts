// The archives the window exports (core/migration/archive/), served as downloads from `/exports/<name>`:
// only names an export can have, only directly in the library's exports folder, streamed (they can be
// gigabytes) and marked as attachments, so the app's own frame never renders one.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { exportsFolder, isExportFileName } from '../migration/archive/export-folder.ts';
import { APP_CSP, securityHeaders } from './content-security.ts';

/** Matches `/exports/<name>` (one path segment, still %-escaped). */
export const EXPORT_ROUTE = /^\/exports\/([^/]+)$/;

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders(APP_CSP) } });
}

/** The export `escapedName` of the library in dataDir as a download, or 404 for any other name. */
export async function serveExport(dataDir: string, escapedName: string, method: string): Promise<Response> {
  const name = decodeURIComponent(escapedName);
  if (!isExportFileName(name)) return notFound();
  const path = join(exportsFolder(dataDir), name);
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) return notFound();
    size = info.size;
  } catch {
    return notFound();
  }
  const body = method === 'HEAD' ? null : (Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>);
  return new Response(body, {
    status: 200,
    headers: {
      'Content-Type': 'application/zip',
      'Content-Length': String(size),
      'Content-Disposition': `attachment; filename="${name}"`,
      ...securityHeaders(APP_CSP),
    },
  });
}
