/**
 * The tree rules of htmlparser2's Parser, the parser under linkedom, sanitize-html and htmlToText:
 * which open elements a start tag closes (<p> closes an open <p>), which an end tag closes, which
 * elements never have children, and where `<x/>` closes itself (inside <svg> and <math>). The
 * Parser keeps its stack with unshift and indexOf, which takes minutes at 100,000 open elements;
 * this keeps the same stack with steps that cost nothing, so a page's nesting can be measured and
 * capped before any of those parsers sees it (nesting-cap.ts).
 */

const P = ['p'];
const FORM_CONTROLS = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];

/** For each start tag, the names it closes while they are the innermost open element. */
const CLOSED_BY_START = new Map<string, ReadonlySet<string>>(
  (
    [
      ['tr', ['tr', 'th', 'td']],
      ['th', ['th']],
      ['td', ['thead', 'th', 'td']],
      ['body', ['head', 'link', 'script']],
      ['li', ['li']],
      ['option', ['option']],
      ['optgroup', ['optgroup', 'option']],
      ['dd', ['dd', 'dt']],
      ['dt', ['dd', 'dt']],
      ['rt', ['rt', 'rp']],
      ['rp', ['rt', 'rp']],
      ['tbody', ['thead', 'tbody']],
      ['tfoot', ['thead', 'tbody']],
      ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((name) => [name, FORM_CONTROLS] as const),
      ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl',
        'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section',
        'table', 'ul'].map((name) => [name, P] as const),
    ] as ReadonlyArray<readonly [string, readonly string[]]>
  ).map(([name, closes]) => [name, new Set(closes)]),
);

const VOID = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen',
  'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
/** Inside these `<x/>` closes itself. */
const FOREIGN = new Set(['math', 'svg']);
/** HTML again inside foreign content: `<x/>` opens an element, as everywhere else. */
const HTML_INSIDE_FOREIGN = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

/** Whether an element of this name never has children. */
export function isVoidElement(name: string): boolean {
  return VOID.has(name);
}

/** Whether a start tag of this name closes open elements first (so where it lands depends on what is open). */
export function closesOnStart(name: string): boolean {
  return CLOSED_BY_START.has(name);
}

/** Whether a start tag of `name` closes an element named `open` when that is the innermost one. */
export function startTagCloses(name: string, open: string): boolean {
  return CLOSED_BY_START.get(name)?.has(open) ?? false;
}

/** The stack of open elements, innermost last, as the Parser builds it from start and end tags. */
export class OpenElements {
  readonly #names: string[] = [];
  readonly #counts = new Map<string, number>();
  // The Parser pops this only on a written end tag, never on an implied one; kept the same on purpose.
  readonly #foreign: boolean[] = [false];

  /** How many elements are open. */
  get depth(): number {
    return this.#names.length;
  }

  /** How many innermost elements a start tag of `name` closes before it opens. */
  closedByStart(name: string): number {
    const closes = CLOSED_BY_START.get(name);
    if (!closes) return 0;
    let count = 0;
    while (count < this.#names.length && closes.has(this.#names[this.#names.length - 1 - count]!)) count++;
    return count;
  }

  /** The name of the open element at `depth` (1 is the outermost). */
  nameAt(depth: number): string | undefined {
    return this.#names[depth - 1];
  }

  /** Opens a non-void element (its start tag has been read and the elements it closes popped). */
  push(name: string): void {
    this.#names.push(name);
    this.#counts.set(name, (this.#counts.get(name) ?? 0) + 1);
    if (FOREIGN.has(name)) this.#foreign.push(true);
    else if (HTML_INSIDE_FOREIGN.has(name)) this.#foreign.push(false);
  }

  /** Closes the innermost element and returns its name. */
  pop(): string {
    const name = this.#names.pop()!;
    this.#counts.set(name, this.#counts.get(name)! - 1);
    return name;
  }

  /** Whether `<x/>` closes itself here. */
  get selfClosingAllowed(): boolean {
    return this.#foreign[this.#foreign.length - 1] ?? false;
  }

  /**
   * Reads an end tag: how many innermost elements it closes (the nearest open element of that
   * name and everything inside it), 0 when none of that name is open. Pop them with pop().
   */
  closedByEnd(name: string): number {
    if (FOREIGN.has(name) || HTML_INSIDE_FOREIGN.has(name)) this.#foreign.pop();
    // The count makes a stray end tag cost nothing; a found one costs what it closes.
    if (!this.#counts.get(name)) return 0;
    return this.#names.length - this.#names.lastIndexOf(name);
  }
}
