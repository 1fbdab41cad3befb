/**
 * The XSS corpus (electron/core/testing/xss-payloads.ts) packed the way each entry point takes it, one article per
 * entry point: a whole HTML page, a Markdown file, a text file, a note, a web page to save, another app's export.
 * Titles, bylines, file names and tags are one payload each, so those take a sample spread over the corpus.
 */
import { importHtmlContent } from '../../electron/core/importers/html-importer.ts';
import { importMarkdownContent } from '../../electron/core/importers/markdown-importer.ts';
import { XSS_PAYLOADS, type XssPayload } from '../../electron/core/testing/xss-payloads.ts';

/** Words every corpus article carries, so each one has text to import and a phrase to highlight. */
export const CORPUS_PHRASE = 'Every payload below must stay words on the page';

// A payload left open (<style>, <textarea>, <plaintext>…) takes everything after it with it when it is removed, so
// those go last in a document: every other payload then reaches the reader. Each of them is still tested alone by
// the unit net (electron/core/extract/xss-corpus.test.ts).
const CANARY = 'canary words after the payload';
const swallows = (payload: XssPayload): boolean =>
  !importMarkdownContent(`${payload.text}\n\n${CANARY}\n`).text.includes(CANARY) ||
  !importHtmlContent(`<p>Words before.</p>${payload.text}<p>${CANARY}</p>`).text.includes(CANARY);
const ordered = [...XSS_PAYLOADS.filter((payload) => !swallows(payload)), ...XSS_PAYLOADS.filter(swallows)];
const htmlPayloads = ordered.filter((payload) => payload.kind === 'html');

/** All HTML payloads, each after a line naming it, as a body. */
export function corpusBodyHtml(): string {
  return `<p>${CORPUS_PHRASE}.</p>\n${htmlPayloads.map((payload) => `<div><p>Payload ${payload.id} follows.</p>${payload.text}</div>`).join('\n')}`;
}

/** A whole web page holding every HTML payload, with a hostile title and author (for files and saved pages). */
export function corpusPage(title: XssPayload, author: XssPayload): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title.text}</title>
<meta name="author" content="${author.text.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">
</head><body><article><h1>${title.text}</h1><p class="byline">By ${author.text}</p>
${corpusBodyHtml()}
</article></body></html>`;
}

/** Every payload, Markdown and HTML alike, one paragraph each: a Markdown file, a text file, a note. */
export function corpusMarkdown(): string {
  return `${CORPUS_PHRASE}.\n\n${ordered.map((payload) => `Payload ${payload.id} follows.\n\n${payload.text}\n`).join('\n')}`;
}

/** Payloads that can stand on one line (no control characters): what fits in a title, a name or a tag. */
// oxlint-disable-next-line no-control-regex -- control characters are exactly what is left out
const oneLine = XSS_PAYLOADS.filter((payload) => !/[\u0000-\u001f]/.test(payload.text));

/** `count` one-line payloads spread evenly over the corpus, starting at `offset` (so two samples differ). */
export function samplePayloads(count: number, offset = 0, fits: (text: string) => boolean = () => true): XssPayload[] {
  const candidates = oneLine.filter((payload) => fits(payload.text));
  const step = candidates.length / count;
  return Array.from({ length: count }, (_, i) => candidates[(Math.floor(i * step) + offset) % candidates.length]!);
}

/** A Markdown file whose front matter names a hostile title and author. */
export function markdownWithFrontMatter(title: string, author: string, body: string): string {
  // JSON's string syntax is YAML's double-quoted scalar, escapes included.
  return `---\ntitle: ${JSON.stringify(title)}\nauthor: ${JSON.stringify(author)}\n---\n\n${body}\n`;
}

/** A Wallabag JSON export: entries whose title, text, tags, highlight quotes and notes are payloads. */
export function wallabagCorpus(): string {
  const entry = (i: number, title: string, content: string, note: string) => ({
    is_archived: 0,
    is_starred: false,
    tags: samplePayloads(3, i, (text) => text.length <= 60).map((payload) => payload.text),
    id: 9000 + i,
    title,
    url: `https://wallabag-corpus.example/${i}`,
    content,
    created_at: '2024-03-10T09:30:00+0200',
    updated_at: '2024-03-10T09:30:00+0200',
    published_by: samplePayloads(1, 7 + i).map((payload) => payload.text),
    annotations: [{ id: 1, quote: CORPUS_PHRASE, text: note, ranges: [], created_at: '2024-03-11T10:00:00+0200' }],
    mimetype: 'text/html',
    language: 'en',
    reading_time: 1,
    domain_name: 'wallabag-corpus.example',
    preview_picture: `http://xss-leak.invalid/wallabag-preview-${i}.png`,
  });
  const [first, second] = samplePayloads(2, 3);
  return JSON.stringify([entry(1, first!.text, corpusBodyHtml(), corpusMarkdown()), entry(2, second!.text, corpusBodyHtml(), samplePayloads(1, 11)[0]!.text)]);
}
