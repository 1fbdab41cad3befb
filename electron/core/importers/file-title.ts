/** Titles made from file names and from the first words of a text, for articles that name themselves nowhere. */

// Names that say nothing about the content: a title made from them would be worse than the text's first words.
const GENERIC_NAME = /^(untitled|document|new text document|new document|text|file|paste|pasted|pasted text|clipboard|note|notes|article|download|index|readme|page|default|export|output|copy|temp|tmp|draft|doc)$/i;
const HASH_LIKE = /^(?:[0-9a-f]{8,}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[\d\s_-]+)$/i;

/** The file name without folders or extension, e.g. "notes/idlib-airstrike.txt" → "idlib-airstrike". */
function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** The lower-case extension without its dot, or '' when there is none. */
export function extensionOf(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/**
 * A file name as a person would write it as a title: "idlib-airstrike.txt" → "Idlib airstrike",
 * "2020-10-27-my_first_post.md" → "My first post". Null when the name says nothing ("Untitled", a hash).
 */
export function titleFromFileName(fileName: string): string | null {
  let name = baseName(fileName);
  try {
    name = decodeURIComponent(name);
  } catch {
    // Not percent-encoded after all; keep the name as it is.
  }
  name = name
    .replace(/^\d{4}-\d{2}-\d{2}[-_ ]+/, '') // Jekyll-style date prefix
    .replace(/\s*\(\d+\)$/, '') // "article (2)" from repeated downloads
    .replace(/[_]+/g, ' ')
    .replace(/(\p{L})-(?=\p{L})/gu, '$1 ')
    .replace(/\.(?=\S)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (name.length < 2 || GENERIC_NAME.test(name) || HASH_LIKE.test(name) || !/\p{L}/u.test(name)) return null;
  // A name typed all in lower case gets a capital, the way titles start; mixed case is left as chosen.
  return name === name.toLowerCase() ? name.charAt(0).toUpperCase() + name.slice(1) : name;
}

// Abbreviations whose full stop does not end a sentence.
const ABBREVIATION = /(?:\b(?:mr|mrs|ms|dr|prof|st|jr|sr|vs|etc|e\.g|i\.e|no|vol|fig|gen|gov|sen|rep|col|lt|sgt|inc|ltd|co|corp|u\.s|u\.k|a\.m|p\.m)|\b\p{Lu})\.$/iu;

/** The first sentence of a paragraph, without its final full stop. */
export function firstSentence(paragraph: string): string {
  // CJK full stops end a sentence with no space after them; Latin ones need one.
  const pattern = /[。！？]|[.!?](?=["'”’)\]]*(?:\s|$))/gu;
  for (let match = pattern.exec(paragraph); match; match = pattern.exec(paragraph)) {
    const end = match.index + 1;
    if (match[0] === '.' && ABBREVIATION.test(paragraph.slice(Math.max(0, end - 6), end))) continue;
    const sentence = paragraph.slice(0, end).trim();
    return sentence.replace(/[.。]$/u, '').trim();
  }
  // No sentence end: the whole paragraph, minus a colon that introduced what followed.
  return paragraph.trim().replace(/[\s:;,]+$/u, '');
}

/** Text cut at a word boundary to at most `max` characters, with an ellipsis when it was cut. */
export function truncateAtWord(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  // Scripts without spaces (CJK) are cut at the length itself.
  const head = space > max * 0.6 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:.\-–—]+$/u, '')}…`;
}

/** A title for text that has no heading and no file name: its first sentence, cut short if long. */
export function titleFromText(paragraphs: readonly string[], text: string): string {
  const source = paragraphs[0] ?? text.split('\n').find((line) => line.trim() !== '') ?? '';
  const sentence = firstSentence(source).replace(/[\s:;,]+$/u, '');
  return sentence ? truncateAtWord(sentence, 80) : 'Untitled';
}
