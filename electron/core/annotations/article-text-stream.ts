/**
 * The article's text (what `articleText` promises: textContent of #article-body as a browser parses it) read
 * straight from the parser's events, never building a document. A whole book as a DOM needed hundreds of MB and
 * stopped the search worker; as events it is one pass and the text itself. It takes the HTML in pieces, so a
 * body on disk is read in slices and never held whole as a string.
 *
 * The events are htmlparser2's, the same linkedom builds its tree from, so the text is linkedom's textContent,
 * with the two corrections article-text.ts makes for the HTML standard (carriage returns, and the newline dropped
 * right after <pre>, <listing> and <textarea>). article-text.test.ts holds the two to the same answers.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { Parser } from 'htmlparser2';
import { StringDecoder } from 'node:string_decoder';

/** Elements whose first newline the HTML parser drops (HTML standard, "in body" insertion mode). */
const DROPS_LEADING_NEWLINE = new Set(['pre', 'listing', 'textarea']);

/** The document the reader's frame wraps a body in, up to the body's first character. */
const WRAPPER = '<!doctype html><html><head></head><body><div id="article-body">';
/** And after its last (an unclosed <textarea> or <script> reads these as its text, as a document would). */
const WRAPPER_END = '</div></body></html>';
/** Open elements once the wrapper is read: html, body and the article body's div. */
const ROOT_DEPTH = 3;

const READ_SLICE_BYTES = 1 << 20;

interface ArticleTextCollector {
  /** The next piece of the body's HTML (pieces may end anywhere, even inside a tag). */
  write(html: string): void;
  /** Everything written has been read: the text. */
  end(): string;
}

export function createArticleTextCollector(): ArticleTextCollector {
  const pieces: string[] = [];
  // False while the wrapper is read, so its own closing </head> is not taken for the end of the body.
  let started = false;
  let depth = 0;
  let rootClosed = false;
  // Set right after a <pre>, <listing> or <textarea> opens: its first text loses a leading newline.
  let dropNewline = false;
  // A carriage return at the end of a piece: whether it is part of CR LF shows only with the next piece.
  let heldReturn = false;

  const parser = new Parser(
    {
      onopentag(name) {
        depth++;
        dropNewline = DROPS_LEADING_NEWLINE.has(name);
      },
      onclosetag() {
        depth--;
        dropNewline = false;
        // A stray </div> or </body> in the body closes the article's div, as in the reader: what follows is outside it.
        if (started && depth < ROOT_DEPTH) rootClosed = true;
      },
      oncomment() {
        dropNewline = false;
      },
      ontext(text) {
        let data = text;
        if (dropNewline && data.startsWith('\n')) data = data.slice(1);
        dropNewline = false;
        if (started && !rootClosed && depth >= ROOT_DEPTH) pieces.push(data);
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: false },
  );
  parser.write(WRAPPER);
  started = true;

  // Input stream preprocessing: CR LF and lone CR become LF before tokenizing.
  const normalise = (html: string, final: boolean): string => {
    let text = heldReturn ? `\r${html}` : html;
    heldReturn = !final && text.endsWith('\r');
    if (heldReturn) text = text.slice(0, -1);
    return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  };

  return {
    write(html) {
      parser.write(normalise(html, false));
    },
    end() {
      parser.write(normalise('', true));
      parser.write(WRAPPER_END);
      parser.end();
      return pieces.join('');
    },
  };
}

/** The text of a body held as a string. */
export function articleTextOf(bodyHtml: string): string {
  const collector = createArticleTextCollector();
  collector.write(bodyHtml);
  return collector.end();
}

/** The text of a body.html on disk, read a slice at a time. Throws when the file cannot be read. */
export function articleTextOfFile(path: string): string {
  const collector = createArticleTextCollector();
  const decoder = new StringDecoder('utf8');
  const buffer = Buffer.alloc(READ_SLICE_BYTES);
  const fd = openSync(path, 'r');
  try {
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) collector.write(decoder.write(buffer.subarray(0, read)));
  } finally {
    closeSync(fd);
  }
  collector.write(decoder.end());
  return collector.end();
}
