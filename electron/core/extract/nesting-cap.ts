import { Tokenizer } from 'htmlparser2';
import { NestingFlattener } from './flatten-nesting.ts';
import { isVoidElement, OpenElements } from './open-elements.ts';

/**
 * How deep elements may nest in a page we read or keep. Real pages nest about 40 deep; a page
 * nesting 20,000 deep (generated, or thousands of unclosed <font>s) stalls every parser, DOM walk
 * and sanitizer behind it, and a browser could not show it either.
 */
export const MAX_NESTING = 256;

/**
 * Returns `html` with no element nested deeper than `cap` (void ones aside): deeper elements are
 * written at the cap, side by side, around the text and pictures they hold (flatten-nesting.ts),
 * so every word stays, in order. Pages within the cap come back untouched. One or two passes of
 * htmlparser2's tokenizer, linear in the page.
 */
export function capNesting(html: string, cap = MAX_NESTING): string {
  if (cap < 1 || !nestsDeeperThan(html, cap)) return html;
  return new NestingFlattener(html, cap).run();
}

/** Whether any element in `html` nests deeper than `cap`; stops reading at the first one. */
function nestsDeeperThan(html: string, cap: number): boolean {
  // No page can nest deeper than it has start tags.
  let tags = 0;
  for (let at = html.indexOf('<'); at >= 0 && tags <= cap; at = html.indexOf('<', at + 1)) {
    if (/[a-z]/i.test(html[at + 1] ?? '')) tags++;
  }
  if (tags <= cap) return false;
  const open = new OpenElements();
  let name = '';
  let deeper = false;
  const ignore = (): void => {};
  const tokenizer: Tokenizer = new Tokenizer({ xmlMode: false, decodeEntities: false }, {
    onopentagname: (start, end) => {
      name = html.slice(start, end).toLowerCase();
    },
    onopentagend: () => opened(false),
    onselfclosingtag: () => opened(true),
    onclosetag: (start, end) => {
      const ended = html.slice(start, end).toLowerCase();
      if (isVoidElement(ended)) return;
      const closes = open.closedByEnd(ended);
      for (let i = 0; i < closes; i++) open.pop();
      // A stray </p> is an empty paragraph one level down.
      if (!closes && ended === 'p' && open.depth + 1 > cap) stop();
    },
    onend: ignore, onattribdata: ignore, onattribentity: ignore, onattribend: ignore, onattribname: ignore, oncdata: ignore,
    oncomment: ignore, ondeclaration: ignore, onprocessinginstruction: ignore, ontext: ignore, ontextentity: ignore,
  });
  function opened(selfClosing: boolean): void {
    const closes = open.closedByStart(name);
    for (let i = 0; i < closes; i++) open.pop();
    if (isVoidElement(name)) return;
    open.push(name);
    if (open.depth > cap) stop();
    else if (selfClosing && open.selfClosingAllowed) open.pop();
  }
  function stop(): void {
    deeper = true;
    tokenizer.pause();
  }
  tokenizer.write(html);
  if (!deeper) tokenizer.end();
  return deeper;
}
