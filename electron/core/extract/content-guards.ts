import { TEXT_NODE, type DomElement, type DomNode } from './dom-types.ts';
import { normalizedText } from './text-metrics.ts';

/**
 * What pruning must never take: words inside a sentence and the article's own pictures. Rules
 * that recognise furniture by name, text or link density ask these first, because a topic link
 * ("sale to <a class="meta-org">Verizon</a> is") or a captioned photo can look like furniture.
 */

const INLINE = new Set([
  'a', 'span', 'em', 'strong', 'b', 'i', 'u', 's', 'small', 'abbr', 'cite', 'time', 'sup', 'sub', 'mark', 'code',
  'q', 'font', 'del', 'ins', 'var', 'kbd', 'bdi', 'bdo', 'dfn', 'data', 'nobr',
]);

/** Blocks that hold running text; a <div> does when it is paragraph-sized (div-built sites). */
const PARAGRAPHS = new Set(['p', 'li', 'dd', 'dt', 'td', 'th', 'blockquote', 'figcaption', 'caption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'summary', 'address', 'pre', 'div', 'section']);
const MAX_DIV_PARAGRAPH = 1500;
/** Text around an inline element must be at least this long, in this many words, to count as running prose. */
const PROSE_CHARS = 40;
const PROSE_WORDS = 5;

/**
 * True when `el` is an inline element inside running text: words run on right beside it and its
 * paragraph says a sentence around it. A "byline" span between a heading and the body is not.
 */
export function isInRunningText(el: DomElement): boolean {
  if (!INLINE.has(el.localName) || !(wordsBeside(el.previousSibling, 'previousSibling') || wordsBeside(el.nextSibling, 'nextSibling'))) return false;
  let block = el.parentElement;
  while (block && INLINE.has(block.localName)) block = block.parentElement;
  if (!block || !PARAGRAPHS.has(block.localName)) return false;
  if ((block.localName === 'div' || block.localName === 'section') && normalizedText(block).length > MAX_DIV_PARAGRAPH) return false;
  const own = normalizedText(el);
  const around = normalizedText(block).replace(own, ' ').trim();
  if (around.length < PROSE_CHARS) return false;
  return around.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= PROSE_WORDS;
}

/** Whether the nearest non-blank neighbour on one side is text ("sale to ", "'s $4.8 billion", ", "), not another element. */
function wordsBeside(start: DomNode | null, direction: 'previousSibling' | 'nextSibling'): boolean {
  for (let node = start; node; node = node[direction]) {
    if (node.nodeType !== TEXT_NODE) return false;
    if ((node.textContent ?? '').trim()) return true;
  }
  return false;
}

const DECORATION = /avatar|logo|icon|emoji|gravatar|spinner|sprite|badge|button|flag|rating|star|counter|pixel|track|beacon|stats/i;
/** Pictures smaller than this (by their width or height attribute) are icons, not the article's. */
const ICON_SIZE = 100;
/** A block with more pictures than this beside its links is a gallery of teasers. */
const MAX_PICTURES = 2;
/** "Photo: Jane Doe/Reuters" fits; a headline linking to another story does not. */
const MAX_CREDIT_LINK = 60;

/**
 * True when `el` holds a picture of the article: an image that is not a link to another page
 * (teaser thumbnails are) and not an avatar, logo or icon. Links to the image file itself or to
 * an anchor in the page (a lightbox) still count as the article's picture.
 */
export function holdsArticlePicture(el: DomElement): boolean {
  if (/^h[1-6]$/.test(el.localName)) return false;
  const images = el.localName === 'img' ? [el] : Array.from(el.getElementsByTagName('img'));
  const pictures = images.filter((img) => !isIcon(img) && !linksAway(img));
  if (pictures.length === 0 || pictures.length > MAX_PICTURES) return false;
  // A photo may have a short credit link; a picture beside several links, a headline link or a
  // heading ("See also") is a teaser or a contact box.
  const links = Array.from(el.getElementsByTagName('a')).filter(isLinkAway);
  if (links.length > 1 || (links[0] && normalizedText(links[0]).length > MAX_CREDIT_LINK)) return false;
  return el.querySelector('h1, h2, h3, h4, h5, h6') === null;
}

function isIcon(img: DomElement): boolean {
  if (DECORATION.test(`${img.getAttribute('class') ?? ''} ${img.getAttribute('src') ?? ''}`)) return true;
  const small = (name: string) => {
    const value = parseInt(img.getAttribute(name) ?? '', 10);
    return Number.isFinite(value) && value < ICON_SIZE;
  };
  if (small('width') || small('height')) return true;
  for (let node = img.parentElement; node; node = node.parentElement) if (/^h[1-6]$/.test(node.localName)) return true;
  return false;
}

/** Whether an ancestor link of `img` leads to another page. */
function linksAway(img: DomElement): boolean {
  for (let node = img.parentElement; node; node = node.parentElement) if (node.localName === 'a') return isLinkAway(node);
  return false;
}

/** A link to another page: not to an anchor in this one, nor to an image file (a lightbox). */
function isLinkAway(a: DomElement): boolean {
  const href = (a.getAttribute('href') ?? '').trim();
  return href !== '' && !href.startsWith('#') && !/\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i.test(href);
}
