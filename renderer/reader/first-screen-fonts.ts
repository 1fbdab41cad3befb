/**
 * The web fonts a huge article's first screen needs, loaded before it is shown. `document.fonts.ready` is no use
 * there: it stays pending until the document has finished loading, which for a book is seconds after its first
 * screen could show. Asking for the faces the title, the line under it and the first blocks use (with their own
 * text, so the right unicode-range subsets come) resolves as soon as those few files are in.
 */

/** Elements whose faces the first screen shows: the title, the meta line and the first few blocks of the body. */
function firstScreenElements(doc: Document): Element[] {
  const header = [...doc.querySelectorAll('.article-title, .article-meta')];
  const body = doc.getElementById('article-body');
  const blocks = body ? [...body.querySelectorAll('p, h2, h3, li, blockquote, pre')].slice(0, 6) : [];
  return [...header, ...blocks];
}

/** The CSS font shorthand fonts.load() takes, from an element's computed style. */
function fontOf(style: CSSStyleDeclaration): string {
  return `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
}

/** Resolves when the first screen's faces are loaded, or after maxMs, whichever is first; never rejects. */
export function firstScreenFontsLoaded(doc: Document, maxMs: number): Promise<void> {
  const view = doc.defaultView;
  if (!view) return Promise.resolve();
  const loads = firstScreenElements(doc).map((element) => {
    const sample = (element.textContent ?? '').slice(0, 400) || ' ';
    // A face that fails to load is drawn in its fallback, which is still the text: never hold the page for it.
    return doc.fonts.load(fontOf(view.getComputedStyle(element)), sample).catch(() => []);
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, maxMs);
  });
  return Promise.race([Promise.all(loads).then(() => undefined), timeout]).finally(() => clearTimeout(timer));
}
