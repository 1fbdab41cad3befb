/** The search language in a few lines, for the tips under an empty box and the help: what people can type. */

interface SearchTip {
  /** What to type; inserted into the box when the tip is chosen. */
  example: string;
  meaning: string;
}

export const SEARCH_TIPS: readonly SearchTip[] = [
  { example: '"a phrase"', meaning: 'these words, in this order' },
  { example: '-word', meaning: 'leave out articles with this word' },
  { example: 'tag:name', meaning: 'articles with a tag' },
  { example: 'site:lwn.net', meaning: 'from one site' },
  { example: 'author:', meaning: 'by someone' },
  { example: 'is:unread', meaning: 'also reading, finished, archived, favorite, highlighted, noted' },
  { example: 'saved:>2025-01-01', meaning: 'saved after (or saved:< before) a date' },
  { example: 'in:notes', meaning: 'only in your notes (or in:highlights)' },
  { example: 'OR', meaning: 'either word: rivers OR lakes' },
];

/** The query with a tip's text added where typing would go next. */
export function withTip(query: string, tip: SearchTip): string {
  const insert = tip.example.endsWith(':') || tip.example.endsWith('name') ? tip.example.replace(/name$/, '') : `${tip.example} `;
  const base = query.trimEnd();
  return base ? `${base} ${insert}` : insert;
}
