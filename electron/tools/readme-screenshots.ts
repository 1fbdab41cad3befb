/**
 * Renders the README's screenshots from a small library of real-looking articles, through the same
 * browser shell the e2e suite uses: `npm run build && node electron/tools/readme-screenshots.ts`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchBrowserShell } from '../../e2e/support/browser-shell.ts';
import { sampleArticleMarkdown } from '../../e2e/pages/reader-sample-article.ts';

const out = resolve(import.meta.dirname, '../../assets/screenshots');

const articles = [
  ['Why rivers meander', 'Mei Lin', 'Quanta Magazine', 'A straight river is an unstable river. The smallest bend sends faster water to the outside bank, which erodes, while slower water on the inside drops its sand. Over centuries the bend grows into a loop.'],
  ['The last night train to the north', 'Tomás Ortega', 'The Guardian', 'At ten past eleven the sleeper leaves the capital with its blinds half drawn. By morning it has crossed three climates and one border, and nobody on board is in a hurry.'],
  ['How bees agree on a new home', 'Kwame Mensah', 'Aeon', 'When a colony swarms, a few hundred scouts search the countryside. Each one dances for the site it found, and the dances grow shorter for poorer sites until a single choice remains.'],
  ['A field guide to lichens on city walls', 'Sofia Lindqvist', 'Low-tech Magazine', 'Look closely at any old wall and you will find a map of slow colonies: orange crusts facing south, grey leafy rosettes in the shade, each one a partnership between a fungus and an alga.'],
  ['The compiler that taught itself to be fast', 'Ravi Iyer', 'LWN.net', 'Optimising compilers used to be written by hand, one rule at a time. The newest ones learn which transformations pay off by watching millions of programs run.'],
  ['Printing presses and the shape of a page', 'Ada Brennan', 'The Atlantic', 'The proportions of a printed book were settled long before anyone measured reading speed, yet they turn out to suit the eye remarkably well.'],
] as const;

const dataDir = await mkdtemp(join(tmpdir(), 'lectern-readme-'));
const shell = await launchBrowserShell({ dataDir, viewport: { width: 1200, height: 760 } });
try {
  const core = shell.core();
  for (const [title, author, site, lead] of articles) {
    const markdown = `---\ntitle: ${title}\nauthor: ${author}\nsite: ${site}\n---\n\n${Array.from({ length: 14 }, () => lead).join('\n\n')}`;
    await core.dispatch('articles.importText', { text: markdown, format: 'markdown' });
  }
  const sample = sampleArticleMarkdown();
  const markdown = `---\ntitle: ${sample.title}\nauthor: Lectern\nsite: A reader's notebook\n---\n\n${sample.markdown}`;
  const added = await core.dispatch('articles.importText', { text: markdown, format: 'markdown' });
  const sampleId = added.ok ? added.value.id : '';
  const page = await core.dispatch('articles.list', { offset: 0, limit: 20, sort: 'saved', filter: 'all', query: '' });
  const ids = page.ok ? page.value.items.map((item) => item.id) : [];
  for (const [index, id] of ids.entries()) {
    if (index % 2 === 1) await core.dispatch('progress.save', { id, fraction: 0.2 + index / 10, anchor: null });
    if (index === 2) await core.dispatch('articles.update', { id, patch: { favorite: true } });
  }
  await core.dispatch('notes.save', { id: sampleId, note: '## Why this matters\n\nThe place is kept, so putting the text down costs nothing.' });

  await shell.page.reload();
  await shell.page.locator('[data-testid="article-row"]').first().waitFor();
  await shell.page.screenshot({ path: join(out, 'library-light.png') });

  await shell.page.locator('[data-testid="article-row"]').first().click();
  await shell.page.locator('.reader[data-ready="true"]').waitFor();
  await shell.page.screenshot({ path: join(out, 'reader-light.png') });

  await core.dispatch('settings.update', { theme: 'dark', notesPanelOpen: true });
  await shell.page.reload();
  await shell.page.locator('.reader[data-ready="true"]').waitFor();
  await shell.page.waitForTimeout(500);
  await shell.page.screenshot({ path: join(out, 'reader-dark-notes.png') });
  console.log(`screenshots written to ${out}`);
} finally {
  await shell.close();
  await rm(dataDir, { recursive: true, force: true });
}
