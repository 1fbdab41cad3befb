/**
 * `npm run bench`: the foundation's performance figures on a generated library of 10,000 articles
 * of ~1,500 words (Zipf-distributed words, so search meets rare and common words as in real text).
 * Prints one JSON line. `npm run bench -- --articles N` (or LECTERN_BENCH_ARTICLES) sets the size.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../../core/create-core.ts';
import { seedLibrary } from '../../../e2e/support/seed-library.ts';
import { launchBrowserShell, DEFAULT_RENDERER_DIR } from '../../../e2e/support/browser-shell.ts';
import { samplePage } from './sample-page.ts';
import { importFileBytes } from '../../core/importers/import-content.ts';
import type { Core } from '../../core/core-types.ts';
import { BENCH_QUERIES, zipfParagraph } from './search-corpus.ts';
import { archiveRoundTrip, migrationFigures } from './migration-bench.ts';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const articlesArg = process.argv.indexOf('--articles');
const count = Number(articlesArg > 0 ? process.argv[articlesArg + 1] : (process.env.LECTERN_BENCH_ARTICLES ?? 10_000));
if (!Number.isInteger(count) || count < 1) throw new Error('--articles needs a whole number of articles, e.g. --articles 100000');
const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};
const round = (value: number) => Math.round(value * 10) / 10;
// A search asks for what the library window asks: its first page of rows (PAGE_SIZE in renderer/library/library-store.ts).
const SEARCH_PAGE_ROWS = 50;
async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await work();
  return [performance.now() - start, value];
}

/** Waits until the search index is ready (built or caught up). */
async function searchReady(core: Core): Promise<void> {
  for (;;) {
    const status = await core.dispatch('search.status', {});
    if (!status.ok) throw new Error(status.message);
    if (status.value.state === 'ready') return;
    if (status.value.state === 'unavailable') throw new Error(`search is unavailable: ${status.value.message}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function fileMB(path: string): Promise<number> {
  let bytes = 0;
  for (const suffix of ['', '-wal']) bytes += await stat(path + suffix).then((info) => info.size, () => 0);
  return bytes / 1024 / 1024;
}

const dataDir = await mkdtemp(join(tmpdir(), 'lectern-bench-'));
try {
  const [seedMs, records] = await timed(() => seedLibrary(dataDir, { count, words: 1500, paragraph: zipfParagraph }));
  const rendererDir = DEFAULT_RENDERER_DIR;
  const openedAt = performance.now();

  const [coldOpenMs, core] = await timed(async () => {
    const opened = await createCore({ dataDir, rendererDir, owner: 'the benchmark' });
    const first = await opened.dispatch('articles.list', { offset: 0, limit: 50, sort: 'saved', filter: 'all', query: '' });
    if (!first.ok) throw new Error(first.message);
    return opened;
  });

  const pageTimes: number[] = [];
  const sorts = ['saved', 'title', 'progress', 'length'] as const;
  for (let i = 0; i < 40; i++) {
    const [ms] = await timed(() =>
      core.dispatch('articles.list', { offset: (i * 250) % count, limit: 100, sort: sorts[i % 4] ?? 'saved', filter: i % 3 ? 'all' : 'unread', query: '' }),
    );
    pageTimes.push(ms);
  }
  const [queryMs] = await timed(() => core.dispatch('articles.list', { offset: 0, limit: 100, sort: 'saved', filter: 'all', query: 'rivers first' }));

  // The index is built in the background from the first open (the figures above were taken meanwhile).
  await searchReady(core);
  const indexBuildMs = performance.now() - openedAt;
  // One new article, from saved to found by the next search (the index write is part of that search).
  const indexAddTimes: number[] = [];
  for (let i = 0; i < 10; i++) {
    const word = `benchword${i}x`;
    const added = await core.dispatch('articles.importText', { text: `Added ${i}\n\n${zipfParagraph(Math.random, 1500)} ${word}`, format: 'text' });
    if (!added.ok) throw new Error(added.message);
    const [ms, page] = await timed(() => core.dispatch('articles.list', { offset: 0, limit: SEARCH_PAGE_ROWS, sort: 'relevance', filter: 'all', query: word, typing: false }));
    if (!page.ok || page.value.total !== 1) throw new Error(`the added article was not found: ${JSON.stringify(page).slice(0, 200)}`);
    indexAddTimes.push(ms);
  }

  const progressTimes: number[] = [];
  for (let i = 0; i < 300; i++) {
    const id = records[i % records.length]?.id ?? '';
    const [ms] = await timed(() => core.dispatch('progress.save', { id, fraction: (i % 90) / 100, anchor: { block: i % 40, offset: i } }));
    progressTimes.push(ms);
  }

  const addTimes: number[] = [];
  for (let i = 0; i < 25; i++) {
    const bytes = Buffer.from(samplePage(i));
    const [ms, result] = await timed(() => core.dispatch('articles.importFile', { name: `page-${i}.html`, dataBase64: bytes.toString('base64') }));
    if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result)}`);
    addTimes.push(ms);
  }
  // Tag 1,000 articles at once: one rewrite of library.json for the batch, whatever the library's size.
  const tagIds = records.slice(0, 1000).map((record) => record.id);
  const [tagBulk1000Ms, tagged] = await timed(() => core.dispatch('articles.tag', { ids: tagIds, tags: ['Bench', 'to read'] }));
  if (!tagged.ok) throw new Error(`tagging failed: ${tagged.message}`);

  const bigText = Array.from({ length: 7000 }, (_, i) => (i % 12 === 11 ? 'A short section heading' : `Paragraph ${i} of a very long plain-text file, the kind a notes export or a book chapter produces.`)).join('\n');
  const [importText1MBMs] = await timed(async () => importFileBytes('big.txt', Buffer.from(bigText)));
  const rssMB = process.memoryUsage().rss / 1024 / 1024;
  await core.close();
  const searchFileMB = await fileMB(join(dataDir, 'search.sqlite'));

  // Opening again, with the index in place: the library as people will open it every day.
  const [coldOpenIndexedMs, reopened] = await timed(async () => {
    const opened = await createCore({ dataDir, rendererDir, owner: 'the benchmark' });
    const first = await opened.dispatch('articles.list', { offset: 0, limit: 50, sort: 'saved', filter: 'all', query: '' });
    if (!first.ok) throw new Error(first.message);
    return opened;
  });
  const [firstSearchMs] = await timed(() => reopened.dispatch('articles.list', { offset: 0, limit: SEARCH_PAGE_ROWS, sort: 'relevance', filter: 'all', query: BENCH_QUERIES[0]!.query, typing: false }));
  // The 100 queries, on the index as it is every day after it was built (right after a build, the freshly
  // written file is still being flushed to disk and searches meet that).
  const searchTimes: number[] = [];
  const searchKinds = new Map<string, number[]>();
  for (const { kind, query, typing } of BENCH_QUERIES) {
    const [ms, page] = await timed(() => reopened.dispatch('articles.list', { offset: 0, limit: SEARCH_PAGE_ROWS, sort: 'relevance', filter: 'all', query, typing }));
    if (!page.ok) throw new Error(`search failed: ${query}: ${page.message}`);
    searchTimes.push(ms);
    searchKinds.set(kind, [...(searchKinds.get(kind) ?? []), ms]);
  }
  const rssAfterSearchMB = process.memoryUsage().rss / 1024 / 1024;
  // The whole library out as one archive and back into an empty library (the figure is the sum of both);
  // named for 10,000 articles, so a larger bench leaves it out rather than print it under that name.
  const roundTrip = count <= 10_000 ? await archiveRoundTrip(reopened, await mkdtemp(join(dataDir, 'archive-'))) : {};
  await reopened.close();

  let chromiumFirstScreenMs: number | null = null;
  try {
    const shell = await launchBrowserShell({ dataDir });
    const [ms] = await timed(async () => {
      await shell.page.reload();
      await shell.page.locator('[data-testid="article-row"]').first().waitFor({ state: 'visible', timeout: 15_000 });
    });
    chromiumFirstScreenMs = ms;
    await shell.close();
  } catch (error) {
    console.error(`bench: the Chromium figure was skipped: ${(error as Error).message.split('\n')[0]}`);
  }

  // The app's memory, in fresh processes: every day (the index in place), and the day the index is built.
  const probe = (...args: string[]) => JSON.parse(execFileSync(process.execPath, [fileURLToPath(new URL('./rss-probe.ts', import.meta.url)), dataDir, ...args], { encoding: 'utf8' }).trim().split('\n').at(-1) ?? '{}') as { rssMB: number };
  const appRssMB = probe().rssMB;
  const appRssAfterIndexBuildMB = probe('--rebuild').rssMB;
  const imports = await migrationFigures(await mkdtemp(join(dataDir, 'imports-')));

  console.log(
    JSON.stringify({
      articles: count,
      seedMs: Math.round(seedMs),
      coldOpenMs: round(coldOpenMs),
      listPageMs: round(quantile(pageTimes, 0.5)),
      listPageP95Ms: round(quantile(pageTimes, 0.95)),
      filterQueryMs: round(queryMs),
      indexBuildMs: Math.round(indexBuildMs),
      searchP50Ms: round(quantile(searchTimes, 0.5)),
      searchP95Ms: round(quantile(searchTimes, 0.95)),
      searchMaxMs: round(Math.max(...searchTimes)),
      searchP50ByKindMs: Object.fromEntries([...searchKinds].map(([kind, times]) => [kind, round(quantile(times, 0.5))])),
      indexAddMs: round(quantile(indexAddTimes, 0.5)),
      searchFileMB: round(searchFileMB),
      coldOpenIndexedMs: round(coldOpenIndexedMs),
      firstSearchAfterOpenMs: round(firstSearchMs),
      saveProgressP95Ms: round(quantile(progressTimes, 0.95)),
      addArticleMedianMs: round(quantile(addTimes, 0.5)),
      importText1MBMs: Math.round(importText1MBMs),
      tagBulk1000Ms: round(tagBulk1000Ms),
      rssMB: appRssMB,
      rssAfterIndexBuildMB: appRssAfterIndexBuildMB,
      benchProcessRssMB: Math.round(rssMB),
      benchProcessRssAfterSearchMB: Math.round(rssAfterSearchMB),
      chromiumFirstScreenMs: chromiumFirstScreenMs === null ? null : Math.round(chromiumFirstScreenMs),
      ...imports,
      ...roundTrip,
    }),
  );
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
