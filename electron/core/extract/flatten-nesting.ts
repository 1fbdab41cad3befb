import { Tokenizer } from 'htmlparser2';
import { closesOnStart, isVoidElement, OpenElements, startTagCloses } from './open-elements.ts';

/** Elements whose content is raw text: past the cap they go whole, since unwrapping them would turn their content into markup. */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);

/**
 * Rewrites a page so no element nests deeper than `cap`. Elements up to cap - 1 stay where they
 * are; an element deeper than that is written at the cap, as a sibling of the others written
 * there, around the text and pictures it holds directly: paragraphs 20,000 levels down come out
 * as paragraphs, in order. Everything else is copied as written, with every end tag written out
 * (the tree is built by htmlparser2's rules, open-elements.ts, so the parsers reading the result
 * build the same tree).
 */
export class NestingFlattener {
  readonly #html: string;
  /** Elements this deep or less stay where they are. */
  readonly #keep: number;
  readonly #open = new OpenElements();
  readonly #out: string[] = [];
  /** Where the source not yet copied starts. */
  #copied = 0;
  #tagStart = -1;
  #tagName = '';
  /** Start of a raw-text element past the cap, dropped whole when it ends. */
  #rawStart = -1;
  /** The start tags, as they would be written, of open elements past #keep, by depth. */
  readonly #deepTags: string[] = [];
  /** Depth of the element past #keep that is open in the result (written at the cap), -1 when none. */
  #shown = -1;
  #shownName = '';

  constructor(html: string, cap: number) {
    this.#html = html;
    this.#keep = cap - 1;
  }

  /** The rewritten page. */
  run(): string {
    const ignore = (): void => {};
    const tokenizer = new Tokenizer({ xmlMode: false, decodeEntities: false }, {
      onopentagname: (start, end) => {
        this.#tagStart = start - 1;
        this.#tagName = this.#html.slice(start, end).toLowerCase();
      },
      onopentagend: (end) => this.#startTag(end, false),
      onselfclosingtag: (end) => this.#startTag(end, true),
      onclosetag: (start, end) => this.#endTag(start, end),
      ontext: (start, end) => this.#text(start, end),
      onend: () => {
        if (this.#rawStart >= 0) this.#replace(this.#rawStart, this.#html.length, '');
      },
      onattribdata: ignore, onattribentity: ignore, onattribend: ignore, onattribname: ignore, oncdata: ignore,
      oncomment: ignore, ondeclaration: ignore, onprocessinginstruction: ignore, ontextentity: ignore,
    });
    tokenizer.write(this.#html);
    tokenizer.end();
    this.#out.push(this.#html.slice(this.#copied));
    return this.#out.join('');
  }

  /** A start tag ending at `end` (its `>`). */
  #startTag(end: number, selfClosing: boolean): void {
    const name = this.#tagName;
    const start = this.#tagStart;
    const ends = this.#pop(this.#open.closedByStart(name));
    const depth = this.#open.depth + 1;
    if (isVoidElement(name)) {
      // Past the cap a void element goes inside the innermost element, unless it closes elements itself (<hr> closes
      // a <p>), which would close the one written at the cap.
      if (depth > this.#keep && closesOnStart(name)) this.#replace(start, end + 1, ends);
      else this.#replace(start, start, ends + this.#showInnermost());
      return;
    }
    // The result never says `<x/>`: whether that closes depends on <svg> context the flattening may have removed.
    // `<script/>` holds what follows as elements; written `<script>` it would hold it as raw text, so it ends at once.
    const slash = selfClosing ? this.#html.lastIndexOf('/', end) : end;
    this.#open.push(name);
    // After the push: <svg/> closes itself, since <svg> starts foreign content.
    const closesItself = selfClosing && this.#open.selfClosingAllowed;
    if (depth > this.#keep) {
      this.#replace(start, start, ends);
      if (RAW_TEXT.has(name) && !selfClosing) this.#rawStart = start;
      else this.#replace(start, end + 1, '');
      this.#deepTags[depth] = `${this.#html.slice(start, slash)}>`;
    } else {
      this.#replace(start, start, ends);
      if (selfClosing) this.#replace(slash, end + 1, closesItself || RAW_TEXT.has(name) ? `></${name}>` : '>');
    }
    // Its end tag, if any, is written above.
    if (closesItself) this.#pop(1);
  }

  /** An end tag whose name runs from `start` to `end`. */
  #endTag(start: number, end: number): void {
    const name = this.#html.slice(start, end).toLowerCase();
    const close = this.#html.indexOf('>', end);
    const tagEnd = close < 0 ? this.#html.length : close + 1;
    if (this.#rawStart >= 0) {
      // The end of the raw-text element past the cap (</title> inside <svg> also ends foreign content).
      this.#pop(this.#open.closedByEnd(name));
      this.#replace(this.#rawStart, tagEnd, '');
      this.#rawStart = -1;
      return;
    }
    // </br> is a line break and other void end tags are ignored, here and by the parsers after us.
    if (isVoidElement(name)) return;
    const tagStart = this.#html.lastIndexOf('<', start);
    const closes = this.#open.closedByEnd(name);
    // A stray </p> is an empty paragraph; past the cap it goes.
    if (closes || (name === 'p' && this.#open.depth >= this.#keep)) this.#replace(tagStart, tagEnd, this.#pop(closes));
  }

  /** Text past the cap is written inside its innermost element. */
  #text(start: number, end: number): void {
    if (this.#rawStart >= 0 || this.#open.depth <= this.#keep) return;
    if (/\S/.test(this.#html.slice(start, end))) this.#replace(start, start, this.#showInnermost());
  }

  /** The tags that make the innermost open element (past #keep) the one open at the cap in the result. */
  #showInnermost(): string {
    const depth = this.#open.depth;
    if (depth <= this.#keep || this.#shown === depth) return '';
    const ends = this.#shown >= 0 ? `</${this.#shownName}>` : '';
    this.#shown = -1;
    const name = this.#open.nameAt(depth)!;
    // Written under the element at #keep, a start tag that closes it (<p> under <p>) would end it early, and a raw-text
    // one would swallow what follows: the text stays bare.
    if (RAW_TEXT.has(name) || startTagCloses(name, this.#open.nameAt(this.#keep) ?? '')) return ends;
    this.#shown = depth;
    this.#shownName = name;
    return ends + this.#deepTags[depth]!;
  }

  /** Pops `count` elements and returns the end tags of those written in the result, innermost first. */
  #pop(count: number): string {
    let tags = '';
    for (let i = 0; i < count; i++) {
      const depth = this.#open.depth;
      const name = this.#open.pop();
      if (depth <= this.#keep || depth === this.#shown) tags += `</${name}>`;
      if (depth === this.#shown) this.#shown = -1;
    }
    return tags;
  }

  /** Copies the source up to `from` and writes `text` in place of `from`..`to`. */
  #replace(from: number, to: number, text: string): void {
    if (!text && from === to) return;
    if (from > this.#copied) this.#out.push(this.#html.slice(this.#copied, from));
    if (text) this.#out.push(text);
    this.#copied = Math.max(this.#copied, to);
  }
}
