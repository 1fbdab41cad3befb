#!/usr/bin/env node
// Measures article extraction on a snippet corpus (see ../shared/corpus/README.md).
//
// usage: node electron/tools/eval-extraction.mjs DIR [--limit N] [--offset N] [--only 0001,0002] [--keep]
//   DIR holds cases.json and pages/; the scorer is DIR/../../tools/score-extraction.mjs
//   (override with --scorer PATH). Prints the scorer's precision/recall/F1 and the median and
//   p95 milliseconds per page, timing only extractArticle() (bytes in, article out).
// Skips (exit 0) with a message when DIR is missing, so it is safe to run anywhere.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { extractArticle } from '../core/extract/extract-article.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    limit: { type: 'string' },
    offset: { type: 'string' },
    only: { type: 'string' },
    scorer: { type: 'string' },
    keep: { type: 'boolean' },
  },
});

const dir = resolve(positionals[0] ?? '../shared/corpus/extraction-dev');
const casesPath = join(dir, 'cases.json');
if (!existsSync(casesPath)) {
  console.log(`eval:extraction skipped: no corpus at ${dir} (expected ${casesPath}).`);
  process.exit(0);
}
const scorer = resolve(values.scorer ?? join(dir, '../../tools/score-extraction.mjs'));
if (!existsSync(scorer)) {
  console.log(`eval:extraction skipped: scorer not found at ${scorer} (pass --scorer PATH).`);
  process.exit(0);
}

let cases = JSON.parse(readFileSync(casesPath, 'utf8'));
if (values.only) {
  const wanted = new Set(values.only.split(',').map((s) => s.trim().padStart(4, '0')));
  cases = cases.filter((c) => wanted.has(c.file.replace(/^.*\/(\d+)\.html$/, '$1')));
}
const offset = Number(values.offset ?? 0);
cases = cases.slice(offset, values.limit ? offset + Number(values.limit) : undefined);

const out = mkdtempSync(join(tmpdir(), 'lectern-eval-'));
const lines = [];
const times = [];
let failures = 0;
for (const c of cases) {
  const bytes = new Uint8Array(readFileSync(join(dir, c.file)));
  let text = '';
  const start = performance.now();
  try {
    text = extractArticle(bytes, { url: c.url }).text;
  } catch (error) {
    failures++;
    if (!error || error.code !== 'NO_ARTICLE') console.error(`${c.file}: ${error?.stack ?? error}`);
  }
  times.push(performance.now() - start);
  lines.push(JSON.stringify({ file: c.file, text }));
}
writeFileSync(join(out, 'outputs.jsonl'), lines.join('\n') + '\n');
writeFileSync(join(out, 'cases.json'), JSON.stringify(cases));

const report = execFileSync(process.execPath, [scorer, join(out, 'outputs.jsonl'), join(out, 'cases.json')], { encoding: 'utf8' });
process.stdout.write(report);
times.sort((a, b) => a - b);
const pct = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0;
console.log(`timing: pages=${times.length} median=${pct(0.5).toFixed(1)}ms p95=${pct(0.95).toFixed(1)}ms max=${pct(1).toFixed(1)}ms no-article=${failures}`);
if (values.keep) console.log(`outputs kept in ${out}`);
else rmSync(out, { recursive: true, force: true });
