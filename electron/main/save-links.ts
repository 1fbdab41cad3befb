/**
 * lectern-save://add?url=… links the OS hands to Lectern: on its command line (Windows, Linux), from a
 * second launch (forwarded to the running instance), or by event (macOS open-url). Main only collects them
 * and passes each, as it came, to core's articles.addFromSaveLink, which checks it (shared/save-link.ts),
 * saves the link through the capture queue and tells the window ('import.finished', its usual toast).
 */
import type { Core } from '../core/core-types.ts';
import { isSaveLink } from '../shared/save-link.ts';

/** More links than this at once is not a person clicking; the rest are dropped. */
const MAX_LINKS = 20;

/** The save links on a command line, after the executable prefix. */
export function saveLinksIn(argv: readonly string[], prefixLength: number): string[] {
  return argv.slice(prefixLength).filter(isSaveLink).slice(0, MAX_LINKS);
}

/** The save links a second instance was started with: from its additionalData, else from its argv. */
export function linksFromSecondInstance(additionalData: unknown, argv: readonly string[], prefixLength: number): string[] {
  const links = (additionalData as { links?: unknown } | null)?.links;
  if (Array.isArray(links) && links.every((link) => typeof link === 'string' && isSaveLink(link))) return (links as string[]).slice(0, MAX_LINKS);
  return saveLinksIn(argv, prefixLength);
}

/** Hands each link to core; a refused one is logged (core tells the window how the others went). */
export async function saveLinks(core: Pick<Core, 'dispatch'>, links: readonly string[]): Promise<void> {
  for (const link of links.slice(0, MAX_LINKS)) {
    const result = await core.dispatch('articles.addFromSaveLink', { link });
    if (!result.ok) console.error(`Lectern: the link ${link.slice(0, 200)} was not saved: ${result.message}`);
  }
}
