/**
 * Every place that shows a rendered note (the note preview, the highlight editor, the highlights list) lets
 * a click on a link do one thing: open a web address in the system browser. Left alone, a link would
 * navigate the app's own page (in the browser shell it replaced the whole app).
 */
import { isWebUrl } from '../../electron/shared/web-address.ts';

/** Stops a click on a link inside rendered note HTML; web links open outside. True when it was a link. */
export function guardNoteLinkClick(event: Pick<MouseEvent, 'target' | 'preventDefault'>, openExternal: (url: string) => void): boolean {
  const target = event.target as Element | null;
  const link = target?.closest?.('a[href]') as HTMLAnchorElement | null;
  if (!link) return false;
  event.preventDefault();
  const href = link.getAttribute('href') ?? '';
  if (isWebUrl(href)) openExternal(href);
  return true;
}
