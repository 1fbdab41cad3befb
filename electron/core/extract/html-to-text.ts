import { parseHTML } from 'linkedom';
import { ELEMENT_NODE, TEXT_NODE, type DomElement, type DomNode } from './dom-types.ts';

const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'aside', 'header', 'footer', 'main', 'nav', 'blockquote', 'pre', 'ul', 'ol', 'li',
  'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'figure',
  'figcaption', 'caption', 'hr', 'details', 'summary', 'address',
]);
const CELL = new Set(['td', 'th']);

/** Plain text of an HTML fragment: blocks separated by blank lines, whitespace collapsed outside <pre>. */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return elementToText(document.body as unknown as DomElement);
}

/** Same as htmlToText for an element already in a DOM. */
function elementToText(root: DomElement): string {
  const out: string[] = [];
  walk(root, out, false);
  return out
    .join('')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function walk(node: DomNode, out: string[], inPre: boolean): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      const text = child.textContent ?? '';
      out.push(inPre ? text : text.replace(/\s+/g, ' '));
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const tag = (child as DomElement).localName;
    if (tag === 'br') {
      out.push('\n');
      continue;
    }
    // Ruby annotations (furigana) are reading aids; inline they would split every word.
    if (tag === 'img' || tag === 'rt' || tag === 'rp') continue;
    const block = BLOCK.has(tag);
    if (block) out.push('\n\n');
    else if (CELL.has(tag)) out.push('\t');
    walk(child, out, inPre || tag === 'pre');
    if (block) out.push('\n\n');
  }
}
