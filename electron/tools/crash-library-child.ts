// The child of the library crash harness (crash-library.ts): opens the library as the CLI does and, until it
// is killed, imports articles and saves notes, highlights and reading progress at random. Before each write it
// prints `INTENT {…}` and once core has acknowledged it `ACK {…}`, one line each, so the parent knows exactly
// which writes were promised when the kill landed.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { articleText } from '../core/annotations/article-text.ts';
import { createCore } from '../core/create-core.ts';

/** One write the child makes; the parent keeps the same shape in its model of what must be there. */
export type CrashWrite =
  | { op: 'import'; title: string; id?: string }
  | { op: 'note'; id: string; note: string }
  | { op: 'highlight'; id: string; start: number; end: number; highlightId?: string }
  | { op: 'progress'; id: string; fraction: number };

const SENTENCE = 'The river ran slowly past the old mill while the keeper counted the boats in the evening light.';

/** Runs writes until killed (or until maxWrites, so a stray child never runs forever). */
export async function runCrashChild(dataDir: string, tag: string, maxWrites = 5000): Promise<void> {
  const core = await createCore({ dataDir, rendererDir: '', owner: 'the crash harness child' });
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const result = await core.dispatchUntyped(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.message}`);
    return result.value as T;
  };
  const print = (kind: 'INTENT' | 'ACK', write: CrashWrite) => process.stdout.write(`${kind} ${JSON.stringify(write)}\n`);
  const page = await call<{ items: { id: string }[] }>('articles.list', { offset: 0, limit: 500, sort: 'saved', filter: 'all' });
  const ids = page.items.map((item) => item.id);
  process.send?.({ started: true });
  for (let seq = 0; seq < maxWrites; seq++) {
    const roll = ids.length === 0 ? 0 : Math.random();
    const id = ids[Math.floor(Math.random() * ids.length)] ?? '';
    let write: CrashWrite;
    if (roll < 0.2) write = { op: 'import', title: `Crash ${tag}-${seq}` };
    else if (roll < 0.45) write = { op: 'note', id, note: `Note ${tag}-${seq}` };
    else if (roll < 0.65) {
      const text = articleText(await readFile(join(dataDir, 'articles', id, 'body.html'), 'utf8'));
      const start = Math.floor(Math.random() * Math.max(1, text.length - 12));
      write = { op: 'highlight', id, start, end: start + 6 };
    } else write = { op: 'progress', id, fraction: Math.round(Math.random() * 10_000) / 10_000 };
    print('INTENT', write);
    try {
      if (write.op === 'import') {
        write.id = (await call<{ id: string }>('articles.importText', { text: `${write.title}\n\n${SENTENCE.repeat(20)}`, format: 'text', title: write.title })).id;
        ids.push(write.id);
      } else if (write.op === 'note') await call('notes.save', { id: write.id, note: write.note });
      else if (write.op === 'highlight') write.highlightId = (await call<{ id: string }>('highlights.create', { articleId: write.id, start: write.start, end: write.end, color: 'yellow', tags: [] })).id;
      else await call('progress.save', { id: write.id, fraction: write.fraction, anchor: { block: 0, offset: seq } });
    } catch (error) {
      // A refused write (say, an overlapping highlight) was never acknowledged; the parent expects nothing of it.
      process.stderr.write(`crash child: ${(error as Error).message}\n`);
      continue;
    }
    print('ACK', write);
  }
  await core.close();
}
