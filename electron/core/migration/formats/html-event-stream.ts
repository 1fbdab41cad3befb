/**
 * HTML exports (bookmark files, Pocket's old export) read as a stream of tags and text, never as a DOM: a
 * browser's bookmark file reaches 25 MB and 50,000 links (linkwarden#623), and these files are too loosely
 * written (unclosed <DT> and <p> everywhere) for anything but a tolerant tokenizer. htmlparser2 decodes
 * entities, lower-cases names and closes what the file leaves open, in document order.
 */
import { Parser } from 'htmlparser2';
import type { ImportEntry } from '../import-item.ts';
import type { BundleFile, ImportBundle } from '../sources/import-bundle.ts';
import { textChunks } from '../sources/text-stream.ts';

export type HtmlEvent =
  | { kind: 'open'; name: string; attributes: Record<string, string>; line: number }
  | { kind: 'close'; name: string }
  | { kind: 'text'; text: string };

/**
 * Counts lines up to an offset in text fed piece by piece. Offsets asked for only grow (tags come in
 * document order), so the text before the last one asked for is dropped and the file is scanned once.
 */
class LineCounter {
  private line = 1;
  private counted = 0;
  private windowStart = 0;
  private window = '';

  feed(text: string): void {
    this.window = this.window.slice(this.counted - this.windowStart) + text;
    this.windowStart = this.counted;
  }

  lineAt(offset: number): number {
    if (offset <= this.counted) return this.line;
    const end = offset - this.windowStart;
    let next = this.window.indexOf('\n', this.counted - this.windowStart);
    while (next !== -1 && next < end) {
      this.line++;
      next = this.window.indexOf('\n', next + 1);
    }
    this.counted = offset;
    return this.line;
  }
}

/** The file's tags and text in document order, one batch per piece read, each opening tag with the line it starts on. */
async function* htmlEventBatches(file: BundleFile): AsyncIterable<HtmlEvent[]> {
  let batch: HtmlEvent[] = [];
  const lines = new LineCounter();
  const parser: Parser = new Parser(
    {
      onopentag: (name, attributes) => batch.push({ kind: 'open', name, attributes, line: lines.lineAt(parser.startIndex) }),
      onclosetag: (name) => batch.push({ kind: 'close', name }),
      ontext: (text) => batch.push({ kind: 'text', text }),
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  for await (const chunk of textChunks(file)) {
    lines.feed(chunk);
    parser.write(chunk);
    if (batch.length > 0) {
      yield batch;
      batch = [];
    }
  }
  parser.end();
  if (batch.length > 0) yield batch;
}

/** Reads the links of an HTML export out of its events, keeping whatever state the format needs between them. */
export interface HtmlLinkWalk {
  /** Takes one event; pushes the entry of a link it completes, if any, to `out`. */
  take(event: HtmlEvent, out: ImportEntry[]): void;
  /** The link still open at the end of the file. */
  finish(): ImportEntry | null;
}

/** The entries of a one-file HTML export, read in one streamed pass by a walk made for its file name. */
export async function* walkHtmlExport(bundle: ImportBundle, walkFor: (fileName: string) => HtmlLinkWalk): AsyncIterable<ImportEntry> {
  const file = bundle.files[0];
  if (file === undefined) return;
  const walk = walkFor(file.path);
  for await (const batch of htmlEventBatches(file)) {
    const entries: ImportEntry[] = [];
    for (const event of batch) walk.take(event, entries);
    yield* entries;
  }
  const last = walk.finish();
  if (last !== null) yield last;
}
