import { countWords } from '../../shared/word-count.ts';
import { blockTexts } from './html-fragments.ts';
import { isFurnitureLine } from './text-furniture.ts';

const LINK = /<a\b[^>]*>[\s\S]*?<\/a>/gi;
/** Past twice this much HTML, the opening is read first: a long book shows its text on its first pages. */
const OPENING = 100_000;

/**
 * Whether sanitized article HTML has text to read outside links and furniture lines: a page of menus
 * and links, or a script-built app shell ("Loading…"), has none. A long page is judged by its opening
 * first, which settles it without reading (and copying) a 50 MB book twice.
 */
export function hasArticleText(html: string): boolean {
  const opening = openingWithoutLinks(html);
  return (opening !== null && readsAsText(opening)) || readsAsText(html.replace(LINK, ' '));
}

/**
 * The HTML up to the end of the first paragraph past OPENING, links taken out, or null (a short page,
 * or a link still open there). Whole blocks, whole links: its lines are the first lines of the page's,
 * and more lines only add words, so text found here is text in the page.
 */
function openingWithoutLinks(html: string): string | null {
  if (html.length <= OPENING * 2) return null;
  const end = html.indexOf('</p>', OPENING);
  if (end < 0) return null;
  const opening = html.slice(0, end + '</p>'.length).replace(LINK, ' ');
  return /<a\b/i.test(opening) ? null : opening;
}

function readsAsText(htmlWithoutLinks: string): boolean {
  const lines = blockTexts(htmlWithoutLinks).filter((line) => !isFurnitureLine(line));
  return countWords(lines.join(' ')) >= 2;
}
