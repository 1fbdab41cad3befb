import type { DomDocument, DomElement } from './dom-types.ts';
import { replaceEmbeds } from './embed-cards.ts';
import { linkDensity, textLength } from './text-metrics.ts';

/**
 * Removes what can never be article content before looking for the article: code, styles,
 * form controls, invisible elements and site navigation. Also turns embeds into link cards.
 * Run after fixLazyImages (which reads <noscript>).
 */
export function prepareDocument(doc: DomDocument): void {
  const body = doc.body;
  if (!body) return;
  for (const noscript of body.querySelectorAll('noscript')) {
    // Some blogs serve the whole post inside <noscript> for readers without script: that is us.
    if (noscript.querySelectorAll('p').length >= 2 && textLength(noscript) > 200) unwrap(noscript);
  }
  // A stray second <head> in broken markup can swallow the whole page; keep what it holds.
  for (const head of body.querySelectorAll('head')) unwrap(head);
  for (const el of body.querySelectorAll(NEVER_CONTENT)) el.remove();
  replaceEmbeds(doc, body);
  const bodyText = textLength(body);
  for (const el of body.querySelectorAll(HIDDEN)) {
    // A hidden wrapper around most of the page is a script-driven reveal, not boilerplate.
    // Collapsed accordions and galleries hide real paragraphs until clicked; keep those.
    if (!el.parentNode || (el.querySelectorAll('p').length >= 2 && textLength(el) > 300 && linkDensity(el) < 0.3)) continue;
    if (bodyText < 500 || textLength(el) < bodyText * 0.5) el.remove();
  }
  for (const el of body.querySelectorAll('[style]')) {
    if (el.parentNode && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '') && textLength(el) < bodyText * 0.5) el.remove();
  }
  for (const form of body.querySelectorAll('form')) {
    // Whole-page forms (ASP.NET) wrap the article; small ones are search, comment or signup boxes.
    if (form.parentNode && textLength(form) < 400) form.remove();
  }
  for (const el of body.querySelectorAll('nav, [role="navigation"], menu')) {
    if (el.parentNode && textLength(el) < bodyText * 0.5) el.remove();
  }
}

const NEVER_CONTENT = [
  'script', 'style', 'link', 'meta', 'template', 'noscript', 'canvas', 'map', 'svg', 'math', 'input', 'button',
  'select', 'textarea', 'option', 'dialog', 'title', 'label',
].join(', ');

const HIDDEN = '[hidden], [aria-hidden="true"], .hidden, .hide, .d-none, .sr-only, .screen-reader-text, .visually-hidden, .visuallyhidden';

/** Unwraps `el`, keeping its children in place. */
function unwrap(el: DomElement): void {
  const parent = el.parentNode;
  if (!parent) return;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  el.remove();
}
