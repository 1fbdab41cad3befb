import { APPEAL_TEXT, CREDIT_TEXT, FURNITURE_TEXT, LABEL_TEXT, LEAD_IN_TEXT, hasStrongBoilerplateName, isBoilerplateByName } from './boilerplate-patterns.ts';
import { holdsArticlePicture, isInRunningText } from './content-guards.ts';
import { nextNode, nextOutside } from './dom-order.ts';
import { ELEMENT_NODE, TEXT_NODE, type DomElement, type DomNode } from './dom-types.ts';
import { isLeadElement } from './lead-paragraph.ts';
import { removeNoted, type RemovalJournal } from './removal-journal.ts';
import { linkDensity, normalizedText, textLength, textLengthUpTo } from './text-metrics.ts';

interface PruneOptions {
  /** The article title from metadata: a heading repeating it is dropped (the reader shows it). */
  title: string | null;
  /** Notes every removal, so the caller can put the container back as it was. */
  journal?: RemovalJournal;
}

type Drop = (el: DomElement) => void;

/**
 * Removes furniture from inside the article container: navigation and footer elements,
 * anything named like sharing/related/comments/newsletter, link lists, "Share this:" lines
 * and their link blocks, the repeated title, and the byline/date lines. Never a word of running
 * text (a topic link inside a sentence) and never the article's own pictures.
 */
export function pruneContent(root: DomElement, options: PruneOptions): void {
  const drop: Drop = (el) => removeNoted(el, options.journal);
  const rootText = Math.max(1, textLength(root));
  // Big elements are structure, not furniture, whatever they are called (class="has-sidebar").
  const small = (el: DomElement): boolean => textLengthUpTo(el, rootText * 0.4) < rootText * 0.4;

  // These tags are furniture by definition; only a page that wraps everything in them is spared.
  for (const el of root.querySelectorAll('nav, aside, footer, [role="navigation"], [role="complementary"], [role="contentinfo"]')) {
    if (attached(el, root) && textLengthUpTo(el, rootText * 0.7) < rootText * 0.7) drop(el);
  }
  for (const el of root.querySelectorAll('[class], [id], [role], [rel="author"], [itemprop]')) {
    if (!attached(el, root)) continue;
    if (isLeadElement(el)) continue;
    if ((isBoilerplateByName(el) || isBylineOrDate(el)) && (small(el) || (hasStrongBoilerplateName(el) && textLength(el) < rootText * 0.7)) && !isInRunningText(el)) drop(el);
  }
  removeFurnitureLines(root, drop);
  removeClosingAppeals(root, drop);
  removeLinkBlocks(root, rootText, drop);
  removeTitleHeading(root, options.title, drop);
  removeEmptyElements(root, drop);
}

const EMPTY_DROPPABLE = new Set(['p', 'div', 'span', 'section', 'article', 'aside', 'figure', 'blockquote', 'a', 'strong', 'em', 'b', 'i', 'u', 'small', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'header', 'center', 'font']);

/** Wrappers emptied by pruning (or empty to begin with) only add blank space to the reader. */
function removeEmptyElements(root: DomElement, drop: Drop): void {
  const all = root.querySelectorAll('*');
  // Innermost first, so a wrapper holding only empty wrappers goes too.
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i]!;
    // Up to the first letter, not its whole text: wrappers hundreds deep each held the whole article.
    if (!EMPTY_DROPPABLE.has(el.localName) || textLengthUpTo(el, 0) > 0) continue;
    if (el.querySelector('img, picture, video, audio, iframe, object, embed, table, hr') || el.getAttribute('class') === 'embed-card') continue;
    drop(el);
  }
}

function isBylineOrDate(el: DomElement): boolean {
  const prop = el.getAttribute('itemprop') ?? '';
  if (/^(?:author|datePublished|dateModified|dateCreated|publisher)$/i.test(prop)) return true;
  return el.getAttribute('rel') === 'author';
}

/** A short "Share this:" or "Related posts" line, plus the link block right after it. */
function removeFurnitureLines(root: DomElement, drop: Drop): void {
  for (const el of root.querySelectorAll('h1, h2, h3, h4, h5, h6, p, strong, b, span, div, li, figcaption, small, em, a, address, time')) {
    // Measured before read: a wrapper around the whole article (hundreds deep on some pages) is never a short line.
    if (!attached(el, root) || el.children.length > 4 || textLengthUpTo(el, 200) > 200) continue;
    const text = normalizedText(el);
    if (!text || text.length > 200) continue;
    const rule = furnitureLine(el, text);
    // Checked only on a match: the guards read the surrounding block, which is dear for every link.
    if (!rule || isInRunningText(el) || holdsArticlePicture(el)) continue;
    if (rule === 'introduces') {
      const next = nextElement(el);
      if (next && linkDensity(next) > 0.5 && textLength(next) < 1500 && !holdsArticlePicture(next)) drop(next);
      drop(el);
    } else if (rule === 'heads-section') {
      removeSection(el, drop);
    } else {
      drop(el);
    }
  }
}

/** Which furniture rule a short line matches, if any. */
function furnitureLine(el: DomElement, text: string): 'introduces' | 'heads-section' | 'is-furniture' | null {
  if (text.length <= 60 && FURNITURE_TEXT.test(text)) return 'introduces';
  const leadIn = LEAD_IN_TEXT.test(text);
  if (leadIn && /^h[1-6]$/.test(el.localName)) return 'heads-section';
  if (leadIn && (text.length < 40 || el.getElementsByTagName('a').length > 0)) return 'is-furniture';
  if (text.length < 120 && CREDIT_TEXT.test(text) && !isCaptionWithCredit(el, text)) return 'is-furniture';
  if (text.length < 60 && LABEL_TEXT.test(text)) return 'is-furniture';
  if (text.length < SHORT_APPEAL && isAppeal(el)) return 'is-furniture';
  return null;
}

/** "Protesters outside parliament. Photograph: Jane Doe/Reuters" is a caption that ends in a credit, not a credit. */
function isCaptionWithCredit(el: DomElement, text: string): boolean {
  return el.localName === 'figcaption' && /^(?:\S+\s+){3,}\S*[.!?]\s+\S/.test(text);
}

// Below this length an appeal is never a paragraph of the story (160 started costing recall on the corpus).
const SHORT_APPEAL = 100;

/** Short calls to subscribe, donate or follow in the last part of the article. */
function removeClosingAppeals(root: DomElement, drop: Drop): void {
  const blocks = [...root.querySelectorAll('p, div, h1, h2, h3, h4, h5, h6, blockquote')].filter((el) => el.children.length <= 6);
  const total = Math.max(1, textLength(root));
  const wrappers = ancestorsOf(root.querySelectorAll('p, div'), root);
  let seen = 0;
  const tail: DomElement[] = [];
  // Walk from the end; stop once out of the closing quarter (wider windows cost recall on the corpus).
  for (let i = blocks.length - 1; i >= 0 && seen < total * 0.25; i--) {
    const el = blocks[i]!;
    if (!attached(el, root)) continue;
    // Only innermost blocks count towards the closing quarter; a wrapper's length matters only below 300.
    const innermost = !wrappers.has(el);
    const length = innermost ? textLength(el) : textLengthUpTo(el, 300);
    if (innermost) seen += length;
    if (length > 0 && length < 300 && isAppeal(el) && !holdsArticlePicture(el)) tail.push(el);
  }
  // Short appeals are furniture wherever they sit.
  for (const el of blocks) {
    const length = attached(el, root) ? textLengthUpTo(el, SHORT_APPEAL) : 0;
    if (length > 0 && length < SHORT_APPEAL && isAppeal(el) && !holdsArticlePicture(el)) tail.push(el);
  }
  for (const el of tail) if (attached(el, root)) drop(el);
}

/**
 * An appeal ("Subscribe to our newsletter", "<a>Jetzt abonnieren</a> und nichts verpassen!"), unless
 * it is a sentence with a few links whose own words appeal for nothing: "the findings go out in a
 * <a>newsletter</a> to members" is the story talking.
 */
function isAppeal(el: DomElement): boolean {
  const text = normalizedText(el);
  if (!APPEAL_TEXT.test(text)) return false;
  // A "Donate" or "Subscribe" button of its own, outside any sentence, is the appeal.
  for (const a of el.getElementsByTagName('a')) {
    const label = normalizedText(a);
    if (label.length < 40 && APPEAL_TEXT.test(label) && !isInRunningText(a)) return true;
  }
  const outside = textOutsideLinks(el).trim();
  const story = outside.length >= 40 && outside.length >= text.length * (1 - MAX_STORY_LINKS) && !APPEAL_TEXT.test(outside);
  return !story;
}

/** A sentence whose links carry more than this share of its text is a call to action, whatever it says outside them. */
const MAX_STORY_LINKS = 0.25;

/** The element's text without what its links say. */
function textOutsideLinks(el: DomElement): string {
  let text = '';
  for (const node of nodesInOrder(el)) {
    if (node.nodeType === TEXT_NODE) text += node.textContent ?? '';
  }
  return text.replace(/\s+/g, ' ');

  /** Nodes under `root` in document order, links' insides left out; a loop, not recursion, however deep the page nests. */
  function* nodesInOrder(root: DomElement): Generator<DomNode> {
    for (let node = root.firstChild; node; ) {
      yield node;
      const enter = node.nodeType === ELEMENT_NODE && (node as DomElement).localName !== 'a' ? node.firstChild : null;
      node = enter ?? nextOutside(node, root);
    }
  }
}

/** A closing heading ("About the author", "More on this") and the short section under it. */
function removeSection(heading: DomElement, drop: Drop): void {
  const level = Number(heading.localName[1]);
  const section: DomElement[] = [];
  let size = 0;
  for (let node = heading.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType !== ELEMENT_NODE) continue;
    const el = node as DomElement;
    const m = /^h([1-6])$/.exec(el.localName);
    if (m && Number(m[1]) <= level) break;
    section.push(el);
    size += textLength(el);
  }
  if (size < 800) for (const el of section) drop(el);
  drop(heading);
}

/** Lists and blocks that are mostly links are menus, tag clouds or "read next" boxes. */
function removeLinkBlocks(root: DomElement, rootText: number, drop: Drop): void {
  // Found once: a selector query per block compiled the selector again for each of the page's paragraphs.
  const holdsEmbedCard = ancestorsOf(root.querySelectorAll('.embed-card'), root);
  // Tables are left alone: ingredient and product tables are mostly links and still content.
  for (const el of root.querySelectorAll('ul, ol, dl, div, section, p')) {
    // Embed cards are links by design.
    if (!attached(el, root) || el.getAttribute('class') === 'embed-card' || holdsEmbedCard.has(el)) continue;
    const total = textLengthUpTo(el, rootText * 0.4);
    if (total === 0 || total > rootText * 0.4) continue;
    const density = linkDensity(el, total);
    const tag = el.localName;
    if (tag === 'p') {
      if (el.getElementsByTagName('img').length) continue;
      if (density > 0.9 && total < 120 && !/[.!?]\W*\w/.test(normalizedText(el).slice(0, -1))) drop(el);
      continue;
    }
    const threshold = tag === 'ul' || tag === 'ol' || tag === 'dl' ? 0.6 : 0.5;
    // A photo with a linked credit is mostly link text and still the article's picture.
    if (density > threshold && (total < 1500 || density > 0.8) && !holdsArticlePicture(el)) drop(el);
  }
}

function removeTitleHeading(root: DomElement, title: string | null, drop: Drop): void {
  const wanted = title ? comparable(title) : null;
  const headings = [...root.querySelectorAll('h1, h2')];
  const match = wanted ? headings.find((h) => sameTitle(comparable(normalizedText(h)), wanted)) : undefined;
  if (match) {
    drop(match);
    return;
  }
  // Otherwise the page's own <h1> near the top is the headline under another wording.
  const h1 = headings.find((h) => h.localName === 'h1');
  if (h1 && textBefore(root, h1) < 200) drop(h1);
}

/** Characters of text that precede `target` inside `root` (counting stops past 1000). */
function textBefore(root: DomElement, target: DomElement): number {
  let count = 0;
  for (let node = root.firstChild; node && node !== target && count <= 1000; ) {
    if (node.nodeType !== ELEMENT_NODE) count += (node.textContent ?? '').trim().length;
    node = nextNode(node, root);
  }
  return count;
}

function sameTitle(a: string, b: string): boolean {
  return a === b || (a.length > 10 && (b.includes(a) || a.includes(b)));
}

function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function nextElement(el: DomElement): DomElement | null {
  for (let node = el.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType === ELEMENT_NODE) return node as DomElement;
    if ((node.textContent ?? '').trim()) return null;
  }
  return null;
}

/**
 * Every element under `root` that has one of `elements` inside it: el.querySelector(…) !== null for all
 * elements at once (each element's ancestors are marked until one already is).
 */
function ancestorsOf(elements: Iterable<DomElement>, root: DomElement): Set<DomElement> {
  const marked = new Set<DomElement>();
  for (const el of elements) {
    for (let node = el.parentElement; node && node !== root.parentElement && !marked.has(node); node = node.parentElement) marked.add(node);
  }
  return marked;
}

function attached(el: DomElement, root: DomElement): boolean {
  for (let node: DomElement | null = el; node; node = node.parentElement) if (node === root) return true;
  return false;
}
