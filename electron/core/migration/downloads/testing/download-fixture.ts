/**
 * For the download queue's tests: a real library in a fresh folder holding link-only records, pages that are
 * articles without images, any host name pointed at the test server on 127.0.0.1, and a queue with short waits.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { after } from 'node:test';
import type { LecternEvent } from '../../../../shared/events.ts';
import type { DownloadStatus } from '../../../../shared/models-migration.ts';
import type { LookupFunction } from '../../../capture/fetch/address-policy.ts';
import { Library } from '../../../library/library.ts';
import type { ArticleRecord } from '../../../library/schema.ts';
import { DownloadQueue } from '../download-queue.ts';

/** Every host name resolves to the test server's address, so a test can use several hosts. */
const toLoopback: LookupFunction = (_hostname, options, callback) =>
  options.all ? callback(null, [{ address: '127.0.0.1', family: 4 }]) : callback(null, '127.0.0.1', 4);

/** Fetch settings that reach the test server under any host name and give up quickly. */
const LOCAL_CAPTURE = {
  page: { allowPrivateNetwork: true, totalTimeoutMs: 3000, connectTimeoutMs: 1000, lookup: toLoopback },
  images: { allowPrivateNetwork: true, totalTimeoutMs: 1000 },
};

/** A link as an import leaves it: a record with no text, tagged, archived and starred, waiting to download. */
export function linkRecord(url: string, extra: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    id: randomUUID(),
    title: url,
    byline: null,
    siteName: null,
    source: { kind: 'url', value: url },
    savedAt: '2019-04-02T08:00:00.000Z',
    updatedAt: '2019-04-02T08:00:00.000Z',
    publishedAt: null,
    lang: null,
    dir: 'ltr',
    excerpt: '',
    tags: ['later'],
    leadImage: null,
    canonicalUrl: null,
    wordCount: 0,
    readingMinutes: 0,
    archived: true,
    favorite: true,
    finishedAt: null,
    deletedAt: null,
    download: { state: 'queued', attempts: 0, error: null },
    ...extra,
  };
}

/** An article page with no images; `sentence` opens every paragraph so a test can highlight it. */
export function storyPage(title: string, sentence = `${title} opens quietly.`): string {
  const paragraphs = Array.from(
    { length: 6 },
    (_, i) => `<p>${sentence} Paragraph ${i + 1} goes on long enough to be read as an article rather than a list of links, with a few more words to be sure.</p>`,
  ).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><meta name="author" content="Ada Fixture"></head><body><article><h1>${title}</h1>${paragraphs}</article></body></html>`;
}

/** Sends a page as the test server's routes do. */
export function sendPage(res: ServerResponse, html: string, status = 200): void {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': String(Buffer.byteLength(html)) });
  res.end(html);
}

/** The host a request was sent to, without the port. */
export function requestHost(req: IncomingMessage): string {
  return (req.headers.host ?? '').replace(/:\d+$/, '');
}

/** A library in a fresh folder (or the given one, reopened) holding these records; events are collected. */
export async function libraryWith(records: ArticleRecord[], dataDir?: string) {
  const dir = dataDir ?? (await mkdtemp(join(tmpdir(), 'lectern-downloads-')));
  const events: LecternEvent[] = [];
  const library = new Library(dir, { emit: (name, payload) => events.push({ name, payload } as LecternEvent) });
  await library.open();
  if (records.length > 0) await library.addRecords(records);
  // Closed (its delayed writes done) before the folder goes. A library reopened on a given folder is the caller's to close.
  if (dataDir === undefined) {
    after(async () => {
      await library.close();
      await rm(dir, { recursive: true, force: true });
    });
  }
  return { dataDir: dir, library, events };
}

/** A queue over the library with waits of milliseconds; disposed when the test file ends. */
export async function queueFor(library: Library, dataDir: string, events: LecternEvent[], extra: Partial<ConstructorParameters<typeof DownloadQueue>[0]> = {}) {
  const queue = new DownloadQueue({
    library,
    dataDir,
    emit: (name, payload) => events.push({ name, payload } as LecternEvent),
    capture: LOCAL_CAPTURE,
    retryDelaysMs: [20, 20],
    holdMs: 50,
    ...extra,
  });
  await queue.open();
  after(() => queue.dispose());
  return queue;
}

/** The payloads of every downloads.changed event so far. */
export function downloadEvents(events: readonly LecternEvent[]): DownloadStatus[] {
  return events.flatMap((event) => (event.name === 'downloads.changed' ? [event.payload] : []));
}
