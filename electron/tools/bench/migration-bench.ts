/**
 * Import figures for `npm run bench`: a generated 10,000-row Pocket zip (links only, as Pocket exports
 * are), with the library listed every few milliseconds meanwhile to show the window stays answering, a
 * generated Omnivore zip of 1,000 articles with their text and 2,000 highlights, and the bench library
 * exported as an archive and restored into an empty library.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import yazl from 'yazl';
import { createCore } from '../../core/create-core.ts';
import type { Core } from '../../core/core-types.ts';

async function writeZip(path: string, entries: [string, string][]): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of entries) zip.addBuffer(Buffer.from(content), name);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  await writeFile(path, Buffer.concat(chunks));
}

function pocketZipEntries(rows: number): [string, string][] {
  const lines = ['title,url,time_added,tags,status'];
  const annotations: { url: string; title: string; highlights: { quote: string; created_at: number }[] }[] = [];
  for (let i = 0; i < rows; i++) {
    const url = `https://site${i % 400}.example/articles/${i}`;
    lines.push(`"Saved article ${i}, about rivers",${url},${1_600_000_000 + i * 60},${i % 3 ? 'reading|long reads' : ''},${i % 4 ? 'unread' : 'archive'}`);
    if (i % 20 === 0) annotations.push({ url, title: `Saved article ${i}`, highlights: [{ quote: `a passage of article ${i}`, created_at: 1_600_000_000 + i }] });
  }
  return [
    ['part_000000.csv', lines.slice(0, 10_001).join('\n')],
    ...(rows > 10_000 ? [['part_000001.csv', [lines[0], ...lines.slice(10_001)].join('\n')] as [string, string]] : []),
    ['annotations/part_000000.json', JSON.stringify(annotations)],
  ];
}

const SENTENCES = [
  'The river ran slowly past the mill, and nobody was in a hurry to be anywhere.',
  'By noon the light had changed, and the swallows came down to skim the water.',
  'A reader who returns to a page finds it waiting, patient as the stones of the weir.',
  'Nothing here is urgent; the afternoon is long and the kettle is already on.',
];

function omnivoreZipEntries(items: number): [string, string][] {
  const entries: [string, string][] = [];
  for (let start = 0; start < items; start += 50) {
    const batch = [];
    for (let i = start; i < Math.min(items, start + 50); i++) {
      const slug = `article-${i}`;
      batch.push({ id: `id-${i}`, slug, title: `Omnivore article ${i}`, description: 'A saved read', author: 'Mei Lin', url: `https://omni${i % 50}.example/${slug}`, state: i % 5 ? 'Active' : 'Archived', readingProgress: i % 100, labels: ['imported'], savedAt: '2024-10-29T16:30:11.000Z', updatedAt: '2024-10-31T13:01:28.320Z', publishedAt: null });
      const paragraphs = Array.from({ length: 60 }, (_, p) => `<p>${SENTENCES.map((s, k) => `${s} (${i}.${p}.${k})`).join(' ')}</p>`).join('');
      entries.push([`content/${slug}.html`, `<!doctype html><html><head><title>Omnivore article ${i}</title></head><body><article><h1>Omnivore article ${i}</h1>${paragraphs}</article></body></html>`]);
      entries.push([`highlights/${slug}.md`, `> ${SENTENCES[1]} (${i}.3.1) \n\n> ${SENTENCES[2]} (${i}.40.2) `]);
    }
    entries.push([`metadata_${start}_to_${start + batch.length - 1}.json`, JSON.stringify(batch)]);
  }
  return entries;
}

/** Previews and runs an import of the file at path; answers how long it took and the list timings taken meanwhile. */
async function timedImport(core: Core, path: string, probeList: boolean): Promise<{ ms: number; listP95Ms: number | null; added: number; highlights: number }> {
  const listTimes: number[] = [];
  let running = true;
  const probe = (async () => {
    while (probeList && running) {
      const start = performance.now();
      await core.dispatch('articles.list', { offset: 0, limit: 50, sort: 'saved', filter: 'all', query: '' });
      listTimes.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  const start = performance.now();
  const preview = await core.dispatch('migration.previewPath', { path });
  if (!preview.ok) throw new Error(`preview failed: ${preview.message}`);
  const report = await core.dispatch('migration.run', { importId: preview.value.importId, fetch: false });
  if (!report.ok) throw new Error(`import failed: ${report.message}`);
  const ms = performance.now() - start;
  running = false;
  await probe;
  const sorted = listTimes.sort((a, b) => a - b);
  return { ms, listP95Ms: sorted.length ? (sorted[Math.floor(sorted.length * 0.95)] ?? null) : null, added: report.value.added, highlights: report.value.highlights };
}

/** The import figures, each on a fresh library in dir. */
export async function migrationFigures(dir: string): Promise<Record<string, number | null>> {
  const pocketPath = join(dir, 'pocket.zip');
  await writeZip(pocketPath, pocketZipEntries(10_000));
  const pocketCore = await createCore({ dataDir: join(dir, 'pocket-library'), rendererDir: '', owner: 'the benchmark' });
  const pocket = await timedImport(pocketCore, pocketPath, true);
  await pocketCore.close();
  if (pocket.added !== 10_000) throw new Error(`the Pocket import added ${pocket.added} articles, not 10,000`);

  const omnivorePath = join(dir, 'omnivore.zip');
  await writeZip(omnivorePath, omnivoreZipEntries(1000));
  const omnivoreCore = await createCore({ dataDir: join(dir, 'omnivore-library'), rendererDir: '', owner: 'the benchmark' });
  const omnivore = await timedImport(omnivoreCore, omnivorePath, false);
  await omnivoreCore.close();
  if (omnivore.added !== 1000 || omnivore.highlights !== 2000) throw new Error(`the Omnivore import added ${omnivore.added} articles and ${omnivore.highlights} highlights`);

  return {
    importPocket10kMs: Math.round(pocket.ms),
    listPageDuringImportP95Ms: pocket.listP95Ms === null ? null : Math.round(pocket.listP95Ms * 10) / 10,
    importOmnivore1kMs: Math.round(omnivore.ms),
  };
}

/**
 * The archive round trip of the library `core` has open: exported to an archive in dir, then restored into an
 * empty library there through the import flow. archiveRoundTrip10kMs is the sum of the two parts.
 */
export async function archiveRoundTrip(core: Core, dir: string): Promise<Record<string, number>> {
  const archivePath = join(dir, 'lectern-archive.zip');
  const exportStart = performance.now();
  const written = await core.dispatch('library.exportArchiveTo', { path: archivePath });
  if (!written.ok) throw new Error(`the archive export failed: ${written.message}`);
  const exportMs = performance.now() - exportStart;

  const target = await createCore({ dataDir: join(dir, 'restored-library'), rendererDir: '', owner: 'the benchmark' });
  const restoreStart = performance.now();
  const preview = await target.dispatch('migration.previewPath', { path: archivePath });
  if (!preview.ok) throw new Error(`the archive preview failed: ${preview.message}`);
  const report = await target.dispatch('migration.run', { importId: preview.value.importId, fetch: false });
  if (!report.ok) throw new Error(`the archive restore failed: ${report.message}`);
  const restoreMs = performance.now() - restoreStart;
  await target.close();
  if (report.value.added !== preview.value.articles || report.value.added === 0) {
    throw new Error(`the restore added ${report.value.added} of the archive's ${preview.value.articles} articles`);
  }
  return {
    archiveRoundTrip10kMs: Math.round(exportMs + restoreMs),
    archiveExportMs: Math.round(exportMs),
    archiveRestoreMs: Math.round(restoreMs),
    archiveMB: Math.round((written.value.sizeBytes / 1024 / 1024) * 10) / 10,
  };
}
