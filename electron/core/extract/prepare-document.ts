import { removeCommentSections } from './comment-sections.ts';
import type { DomDocument, DomElement } from './dom-types.ts';
import { replaceEmbeds } from './embed-cards.ts';
import { linkDensity, textLength, textLengthUpTo } from './text-metrics.ts';

/**
 * Removes what can never be article content before looking for the article: code, styles,
 * form controls, invisible elements, site navigation, wiki "[edit]" links and readers'
 * comments (`comments` are the comment texts the page declares in JSON-LD). Also turns embeds
 * into link cards. Run after fixLazyImages (which reads <noscript>).
 *
 * The page is walked once and each element sorted into what may happen to it; the steps then
 * run in their fixed order (a selector query per step walked the whole page ten times).
 */
export function prepareDocument(doc: DomDocument, comments: string[] = []): void {
  const body = doc.body;
  if (!body) return;
  const found = sortElements(body);
  for (const el of found.never) el.remove();
  removeCommentSections(body, comments, found.named.filter((el) => connected(el, body)));
  if (found.embeds) replaceEmbeds(doc, body);
  // The page's text before anything hidden goes, counted only if something is hidden (a book is 50 MB of text).
  let measured: number | undefined;
  const bodyText = (): number => (measured ??= textLength(body));
  // Whether `el` holds less than half the page's text, reading no more of it than that takes.
  const minor = (el: DomElement): boolean => textLengthUpTo(el, bodyText() * 0.5) < bodyText() * 0.5;
  for (const el of found.hidden) {
    if (!connected(el, body)) continue;
    // A hidden wrapper around most of the page is a script-driven reveal, not boilerplate.
    // Collapsed accordions and galleries hide real paragraphs until clicked; keep those.
    if (el.querySelectorAll('p').length >= 2 && textLength(el) > 300 && linkDensity(el) < 0.3) continue;
    if (bodyText() < 500 || minor(el)) el.remove();
  }
  for (const el of found.styled) {
    if (connected(el, body) && INVISIBLE_STYLE.test(el.getAttribute('style') ?? '') && minor(el)) el.remove();
  }
  // Measured before any form goes, as navigation has always been judged against the page with its forms.
  if (found.navigation.length && found.forms.length) bodyText();
  for (const form of found.forms) {
    // Whole-page forms (ASP.NET) wrap the article; small ones are search, comment or signup boxes.
    if (connected(form, body) && textLengthUpTo(form, 400) < 400) form.remove();
  }
  for (const el of found.navigation) {
    if (connected(el, body) && minor(el)) el.remove();
  }
}

const NEVER_CONTENT = new Set([
  'script', 'style', 'link', 'meta', 'template', 'noscript', 'canvas', 'map', 'svg', 'math', 'input', 'button',
  'select', 'textarea', 'option', 'dialog', 'title', 'label',
]);
/** MediaWiki's "[edit]" beside every heading (and its older and skinned forms). */
const EDIT_LINK_CLASSES = new Set(['mw-editsection', 'editsection', 'mw-editsection-like', 'mw-headline-anchor']);
const HIDDEN_CLASSES = new Set(['hidden', 'hide', 'd-none', 'sr-only', 'screen-reader-text', 'visually-hidden', 'visuallyhidden']);
const INVISIBLE_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const EMBEDS = new Set(['iframe', 'embed', 'object', 'video', 'audio', 'blockquote']);

interface SortedElements {
  never: DomElement[];
  /** Elements with names (class, id, itemprop, itemtype) that may mark a comment section. */
  named: DomElement[];
  hidden: DomElement[];
  styled: DomElement[];
  forms: DomElement[];
  navigation: DomElement[];
  embeds: boolean;
}

/** One walk over the body; <noscript> posts and stray <head>s are unwrapped on the way. */
function sortElements(body: DomElement): SortedElements {
  const found: SortedElements = { never: [], named: [], hidden: [], styled: [], forms: [], navigation: [], embeds: false };
  const stray: DomElement[] = [];
  for (const el of Array.from(body.querySelectorAll('*'))) {
    const tag = el.localName;
    // Some blogs serve the whole post inside <noscript> for readers without script: that is us.
    if (tag === 'noscript' && el.querySelectorAll('p').length >= 2 && textLength(el) > 200) unwrap(el);
    // A stray second <head> in broken markup can swallow the whole page; keep what it holds.
    else if (tag === 'head') stray.push(el);
    const className = el.getAttribute('class');
    const classes = className ? className.split(/\s+/) : [];
    if (NEVER_CONTENT.has(tag) || classes.some((c) => EDIT_LINK_CLASSES.has(c))) found.never.push(el);
    if (className !== null || el.hasAttribute('id') || el.hasAttribute('itemprop') || el.hasAttribute('itemtype')) found.named.push(el);
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || classes.some((c) => HIDDEN_CLASSES.has(c))) found.hidden.push(el);
    if (el.hasAttribute('style')) found.styled.push(el);
    if (tag === 'form') found.forms.push(el);
    if (tag === 'nav' || tag === 'menu' || el.getAttribute('role') === 'navigation') found.navigation.push(el);
    if (EMBEDS.has(tag)) found.embeds = true;
  }
  for (const head of stray) unwrap(head);
  return found;
}

/** Whether `el` is still in the page under `body` (an earlier step may have removed an ancestor). */
function connected(el: DomElement, body: DomElement): boolean {
  for (let node: DomElement | null = el; node; node = node.parentElement) if (node === body) return true;
  return false;
}

/** Unwraps `el`, keeping its children in place. */
function unwrap(el: DomElement): void {
  const parent = el.parentNode;
  if (!parent) return;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  el.remove();
}
