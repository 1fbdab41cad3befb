import TurndownService from 'turndown';
import { markdownText, safeDestination } from './inert-markdown.ts';

/** The little of a DOM node the rules read (core is built without the DOM's types). */
interface MarkupNode {
  nodeName: string;
  nodeType: number;
  textContent: string | null;
  firstChild: MarkupNode | null;
  childNodes: ArrayLike<MarkupNode>;
  getAttribute(name: string): string | null;
}

const asMarkup = (node: unknown) => node as MarkupNode;

const turndown = new TurndownService({
  headingStyle: 'atx',
  codeBlockStyle: 'fenced',
  bulletListMarker: '-',
  emDelimiter: '*',
  linkStyle: 'inlined',
});

// Turndown decodes the page's text (&lt;script&gt; becomes "<script>") and writes it out unescaped, where
// a Markdown render would read it as HTML. Escaping & and < after Turndown's own escapes keeps it text
// (> is left alone: Turndown already escapes it where it would start a quote, and alone it is harmless).
const markdownEscape = turndown.escape.bind(turndown);
// Turndown's escaped brackets become entities too: marked re-reads "\\[" inside a link's text as markup.
turndown.escape = (text: string) =>
  markdownEscape(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\\\[/g, '&#91;')
    .replace(/\\\]/g, '&#93;');

// Turndown sizes its fence by the runs at the very start of a line, but CommonMark also closes a fence at
// one indented up to three spaces: code holding "  ```" ended the block early and the rest came out as
// Markdown (and HTML). The fence here is longer than any backtick run in the code; the language is a word.
turndown.addRule('fencedCode', {
  filter: (node) => asMarkup(node).nodeName === 'PRE' && asMarkup(node).firstChild?.nodeName === 'CODE',
  replacement: (_content, node) => {
    const code = asMarkup(node).firstChild!.textContent ?? '';
    const longest = Math.max(0, ...Array.from(code.matchAll(/`+/g), (run) => run[0].length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    const language = /language-([\w+-]+)/.exec(asMarkup(node).firstChild!.getAttribute('class') ?? '')?.[1] ?? '';
    return `\n\n${fence}${language}\n${code.replace(/\n$/, '')}\n${fence}\n\n`;
  },
});

turndown.addRule('safeLink', {
  filter: (node) => asMarkup(node).nodeName === 'A' && asMarkup(node).getAttribute('href') !== null,
  replacement: (content, node) => {
    const href = asMarkup(node).getAttribute('href') ?? '';
    // A link to anything but the web, mail or Lectern keeps its words and loses the link.
    if (!safeDestination(href)) return content;
    const title = asMarkup(node).getAttribute('title');
    const titlePart = title ? ` "${markdownText(title.replace(/\s+/g, ' ')).replace(/"/g, '\\"')}"` : '';
    return `[${content}](${destination(href)}${titlePart})`;
  },
});

turndown.addRule('safeImage', {
  filter: 'img',
  replacement: (_content, node) => {
    const src = asMarkup(node).getAttribute('src') ?? '';
    if (src === '' || !safeDestination(src)) return '';
    return `![${markdownText(asMarkup(node).getAttribute('alt') ?? '')}](${destination(src)})`;
  },
});

// Tables stay tables (Markdown's own would flatten cells with paragraphs), rebuilt from their structure and
// text only, so no attribute or element of the page's can come back through them.
turndown.addRule('plainTable', { filter: 'table', replacement: (_content, node) => `\n\n${plainTable(asMarkup(node))}\n\n` });

const TABLE_TAGS = new Set(['TABLE', 'CAPTION', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TH', 'TD']);

function plainTable(node: MarkupNode): string {
  if (node.nodeType === 3) return escapeText(node.textContent ?? '');
  if (node.nodeType !== 1) return '';
  const inner = Array.from(node.childNodes, plainTable).join('');
  const tag = node.nodeName;
  if (!TABLE_TAGS.has(tag)) return inner;
  const span = ['colspan', 'rowspan']
    .map((name) => [name, node.getAttribute(name) ?? ''] as const)
    .filter(([, value]) => /^\d{1,3}$/.test(value))
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');
  return `<${tag.toLowerCase()}${span}>${inner}</${tag.toLowerCase()}>`;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A link destination in <…> form, which allows spaces and parentheses, with its own specials escaped. */
function destination(url: string): string {
  return `<${url.trim().replace(/[<>\\\n]/g, (char) => encodeURIComponent(char))}>`;
}

/** Converts a sanitized article body to Markdown that renders as text, links and images, nothing active. */
export function htmlToMarkdown(html: string): string {
  return turndown.turndown(html).trim();
}
