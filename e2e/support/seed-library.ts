import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DATA_FILES } from '../../electron/core/library/data-files.ts';
import type { ArticleRecord, LibraryFile } from '../../electron/core/library/schema.ts';
import { readingMinutes } from '../../electron/shared/word-count.ts';

const SITES = ['The Atlantic', 'Ars Technica', 'Aeon', 'Quanta Magazine', 'The Guardian', 'Nautilus', 'LWN.net', 'Low-tech Magazine'];
const AUTHORS = ['Ada Brennan', 'Tomás Ortega', 'Mei Lin', 'Kwame Mensah', 'Sofia Lindqvist', 'Ravi Iyer', null];
const SUBJECTS = ['Slow reading', 'Rivers', 'Compilers', 'Bees', 'Printing presses', 'Typography', 'Glaciers', 'Memory', 'Night trains', 'Lichens'];
const ANGLES = ['in an age of distraction', 'and the people who mend them', 'explained from first principles', 'a field guide', 'after fifty years', 'at the edge of the map'];
const WORDS =
  'the quiet work of attention shapes what we remember and how we come back to it later when the light has changed and the page waits patiently for a reader who returns'.split(' ');

/** A deterministic pseudo-random sequence, so seeded libraries are the same on every run. */
function sequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function paragraph(random: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(random() * WORDS.length)] ?? 'word');
  const text = out.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

export interface SeedOptions {
  count: number;
  /** Words per article body. */
  words?: number;
  seed?: number;
  /** Writes one paragraph's words (the search benchmark wants a realistic vocabulary); a small fixed one by default. */
  paragraph?: (random: () => number, words: number) => string;
}

/**
 * Writes a library of generated articles straight to disk in the store's own format — far faster than
 * importing one by one, for benchmarks and for e2e tests that need thousands of articles.
 */
export async function seedLibrary(dataDir: string, options: SeedOptions): Promise<ArticleRecord[]> {
  const random = sequence(options.seed ?? 7);
  const words = options.words ?? 300;
  const write = options.paragraph ?? paragraph;
  const start = Date.parse('2026-01-01T08:00:00Z');
  const records: ArticleRecord[] = [];
  await mkdir(join(dataDir, 'articles'), { recursive: true });
  for (let index = 0; index < options.count; index++) {
    const id = `seed-${index.toString(36).padStart(5, '0')}`;
    const paragraphs: string[] = [];
    for (let remaining = words; remaining > 0; remaining -= 60) paragraphs.push(write(random, Math.min(60, remaining)));
    const html = paragraphs.map((text, n) => (n > 0 && n % 6 === 0 ? `<h2>Part ${n / 6 + 1}</h2><p>${text}</p>` : `<p>${text}</p>`)).join('\n');
    const folder = join(dataDir, 'articles', id);
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'body.html'), html);
    await writeFile(join(folder, 'text.txt'), paragraphs.join('\n\n'));
    const savedAt = new Date(start + index * 3_600_000).toISOString();
    const subject = SUBJECTS[index % SUBJECTS.length];
    const angle = ANGLES[Math.floor(random() * ANGLES.length)];
    records.push({
      id,
      title: `${subject} ${angle} (${index + 1})`,
      byline: AUTHORS[Math.floor(random() * AUTHORS.length)] ?? null,
      siteName: SITES[index % SITES.length] ?? null,
      source: { kind: 'file', value: `/generated/${id}.html` },
      savedAt,
      updatedAt: savedAt,
      publishedAt: null,
      lang: 'en',
      dir: 'ltr',
      excerpt: (paragraphs[0] ?? '').slice(0, 200),
      leadImage: null,
      canonicalUrl: null,
      wordCount: words,
      readingMinutes: readingMinutes(words),
      archived: index % 17 === 0,
      favorite: index % 11 === 0,
      finishedAt: null,
      tags: [],
      deletedAt: null,
    });
  }
  const library: LibraryFile = { schemaVersion: DATA_FILES.library.schemaVersion, articles: records };
  await writeFile(join(dataDir, DATA_FILES.library.name), JSON.stringify(library));
  return records;
}
