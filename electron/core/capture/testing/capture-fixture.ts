/**
 * A capture service over a real library in a fresh folder, for the capture tests: events from both are
 * collected, the clock only moves when the test says so, and retries wait for the test unless asked.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import type { LecternEvent } from '../../../shared/events.ts';
import { Library } from '../../library/library.ts';
import { CaptureService, type CaptureServiceOptions } from '../capture-service.ts';
import { librarySink } from '../library-sink.ts';

/** Capture settings that reach the test server on 127.0.0.1 and give up quickly. */
export const TEST_CAPTURE = { page: { allowPrivateNetwork: true, totalTimeoutMs: 2000, connectTimeoutMs: 1000 }, images: { allowPrivateNetwork: true, totalTimeoutMs: 2000 } };

/** A library in a fresh folder; its delayed writes are flushed before the folder is removed. */
export async function openLibrary(events: LecternEvent[] = []): Promise<{ dataDir: string; library: Library }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'lectern-web-'));
  const library = new Library(dataDir, { emit: (name, payload) => events.push({ name, payload } as LecternEvent) });
  await library.open();
  after(async () => {
    await library.flush();
    await rm(dataDir, { recursive: true, force: true });
  });
  return { dataDir, library };
}

/** A capture service on a fresh library, with a clock the test advances. */
export async function setupCapture(extra: Partial<CaptureServiceOptions> = {}) {
  const events: LecternEvent[] = [];
  const { dataDir, library } = await openLibrary(events);
  let clock = Date.parse('2026-05-01T12:00:00Z');
  const service = new CaptureService({
    sink: librarySink(library),
    dataDir,
    emit: (name, payload) => events.push({ name, payload } as LecternEvent),
    capture: TEST_CAPTURE,
    autoRetry: false,
    now: () => clock,
    random: () => 0,
    ...extra,
  });
  await service.open();
  return { dataDir, library, service, events, advance: (ms: number) => (clock += ms) };
}

/** The article folders in a library folder. */
export async function articleFolders(dataDir: string): Promise<string[]> {
  return readdir(join(dataDir, 'articles')).catch(() => []);
}
