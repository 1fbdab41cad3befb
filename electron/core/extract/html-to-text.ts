import { Parser } from 'htmlparser2';

const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'aside', 'header', 'footer', 'main', 'nav', 'blockquote', 'pre', 'ul', 'ol', 'li',
  'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'figure',
  'figcaption', 'caption', 'hr', 'details', 'summary', 'address',
]);
const CELL = new Set(['td', 'th']);
/** Left out with everything inside: pictures, and ruby annotations (furigana), which inline would split every word. */
const SKIPPED = new Set(['img', 'rt', 'rp']);

/**
 * Plain text of an HTML fragment: blocks separated by blank lines, whitespace collapsed outside
 * <pre>. Read as a stream of tags (no DOM is built, which made this a third of a page's parse
 * time); the events are the ones the DOM parser builds its tree from, so the text is the same.
 */
export function htmlToText(html: string): string {
  const out: string[] = [];
  let inBody = false;
  let done = false;
  let depth = 0;
  let skipping = 0;
  let inPre = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (done) return;
        if (!inBody) {
          inBody = name === 'body';
          return;
        }
        depth++;
        if (skipping || SKIPPED.has(name)) {
          skipping++;
          return;
        }
        if (name === 'br') out.push('\n');
        else if (BLOCK.has(name)) out.push('\n\n');
        else if (CELL.has(name)) out.push('\t');
        if (name === 'pre') inPre++;
      },
      onclosetag(name) {
        if (done || !inBody) return;
        if (depth === 0) {
          done = true;
          return;
        }
        depth--;
        if (skipping) {
          skipping--;
          return;
        }
        if (BLOCK.has(name)) out.push('\n\n');
        if (name === 'pre') inPre--;
      },
      ontext(text) {
        // One call per text node of the DOM parser (it splits at entities), so collapse each on its own as a DOM walk would.
        if (inBody && !done && !skipping) out.push(inPre ? text : text.replace(/\s+/g, ' '));
      },
    },
    { lowerCaseAttributeNames: false, decodeEntities: true },
  );
  parser.end(`<!doctype html><html><body>${html}</body></html>`);
  return out
    .join('')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
