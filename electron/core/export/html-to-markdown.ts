import TurndownService from 'turndown';

const turndown = new TurndownService({
  headingStyle: 'atx',
  codeBlockStyle: 'fenced',
  bulletListMarker: '-',
  emDelimiter: '*',
  linkStyle: 'inlined',
});

// Keep tables readable instead of flattening them into run-on text.
turndown.keep(['table']);

/** Converts a sanitized article body to Markdown. */
export function htmlToMarkdown(html: string): string {
  return turndown.turndown(html).trim();
}
