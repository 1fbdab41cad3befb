// How long Lectern's extraction takes against Mozilla Readability on jsdom, on the same pages in one process:
// CPU time of each, best of two runs per page, alternating page by page so load hits both alike.
// jsdom is not a dependency of Lectern: `npm install --no-save jsdom` first, then
// `node electron/tools/compare-readability.mjs ../shared/corpus/extraction-dev [PAGES=80]`.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../core/extract/extract-article.ts';

const [corpus, pages = '80'] = process.argv.slice(2);
if (!corpus) throw new Error('usage: compare-readability.mjs CORPUS_DIR [PAGES]');
const { JSDOM, VirtualConsole } = await import('jsdom').catch(() => {
  throw new Error('jsdom is not installed: run `npm install --no-save jsdom` first.');
});
const cases = JSON.parse(await readFile(join(corpus, 'cases.json'), 'utf8')).slice(0, Number(pages));
const cpuMs = (work) => {
  const start = process.cpuUsage();
  try {
    work();
  } catch {
    // A page either side cannot read still costs what it cost.
  }
  const spent = process.cpuUsage(start);
  return (spent.user + spent.system) / 1000;
};
const bestOfTwo = (work) => Math.min(cpuMs(work), cpuMs(work));
const quiet = new VirtualConsole();
let lectern = 0;
let readability = 0;
for (const page of cases) {
  const bytes = await readFile(join(corpus, page.file));
  const html = bytes.toString('utf8');
  lectern += bestOfTwo(() => extractArticle(bytes, { url: page.url }));
  readability += bestOfTwo(() => {
    const dom = new JSDOM(html, { url: page.url, virtualConsole: quiet });
    new Readability(dom.window.document).parse();
    dom.window.close();
  });
}
console.log(JSON.stringify({ pages: cases.length, lecternMs: Math.round(lectern), readabilityJsdomMs: Math.round(readability), ratio: Math.round((lectern / readability) * 1000) / 1000 }));
