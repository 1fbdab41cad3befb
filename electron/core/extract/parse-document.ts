import { parseHTML } from 'linkedom';
import type { DomDocument } from './dom-types.ts';
import { capNesting } from './nesting-cap.ts';

/**
 * Parses a page into a DOM with linkedom, which is fast but not a spec parser: text before
 * <html> (PHP warnings, stray markup) or a fragment without <html>/<body> leaves it without a
 * body. We cut leading debris and wrap fragments so every page gets html, head and body. A page
 * nesting deeper than MAX_NESTING is flattened to it first (nesting-cap.ts): linkedom, and every
 * walk after it, would take minutes or overflow the stack on a page nested 20,000 deep.
 */
export function parseDocument(html: string): DomDocument {
  const start = html.search(/<!doctype\s|<html[\s>]/i);
  const trimmed = start > 0 ? html.slice(start) : html;
  const source = start < 0 || !/<body[\s>]/i.test(trimmed) ? wrapFragment(trimmed) : trimmed;
  let doc = parseHTML(capNesting(source)).document as unknown as DomDocument;
  if (!doc.body || doc.documentElement?.localName !== 'html') {
    doc = parseHTML(capNesting(wrapFragment(source))).document as unknown as DomDocument;
  }
  return doc;
}

function wrapFragment(raw: string): string {
  // Keep <html lang dir> so language and direction survive the rewrap.
  const attrs = /<html(\s[^>]*)>/i.exec(raw)?.[1] ?? '';
  const html = raw.replace(/<!doctype[^>]*>|<\/?html[^>]*>/gi, '');
  const headEnd = html.search(/<\/head\s*>/i);
  if (headEnd >= 0) {
    const head = html.slice(0, headEnd).replace(/<head[^>]*>/i, '');
    const body = html.slice(headEnd).replace(/<\/head\s*>/i, '').replace(/<\/?body[^>]*>/gi, '');
    return `<!doctype html><html${attrs}><head>${head}</head><body>${body}</body></html>`;
  }
  return `<!doctype html><html${attrs}><head></head><body>${html.replace(/<\/?body[^>]*>/gi, '')}</body></html>`;
}
