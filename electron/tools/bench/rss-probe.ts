/**
 * Memory as the app has it, measured in a fresh process: the benchmark's own process also generated the
 * library and holds what that left behind, which the app never has. Opens the library at argv[2], waits
 * until search is ready (building the index first when `--rebuild` deleted it), runs the fixed queries, and
 * prints { rssMB }.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createCore } from '../../core/create-core.ts';
import { BENCH_QUERIES } from './search-corpus.ts';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: rss-probe.ts DATA_DIR [--rebuild]');
if (process.argv.includes('--rebuild')) await rm(join(dataDir, 'search.sqlite'), { force: true });
const core = await createCore({ dataDir, rendererDir: '', owner: 'the memory probe' });
await core.dispatch('articles.list', { offset: 0, limit: 50, sort: 'saved', filter: 'all', query: '' });
for (;;) {
  const status = await core.dispatch('search.status', {});
  if (!status.ok || status.value.state !== 'building') break;
  await new Promise((resolve) => setTimeout(resolve, 100));
}
for (const { query, typing } of BENCH_QUERIES) await core.dispatch('articles.list', { offset: 0, limit: 100, sort: 'relevance', filter: 'all', query, typing });
console.log(JSON.stringify({ rssMB: Math.round(process.memoryUsage().rss / 1024 / 1024) }));
await core.close();
