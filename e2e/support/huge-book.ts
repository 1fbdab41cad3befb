/** A whole book as plain text, made up here: for the huge-article spec and `npm run bench:huge`. */

const WORDS = 'the river keeps its own time and the reader who follows it learns to wait for the light to change on the water'.split(' ');

/** The book's closing line, to find its end by. */
export const HUGE_BOOK_LAST_PARAGRAPH = 'The very last paragraph of the book, and the end of the river.';

/** About `megabytes` of plain text: chapters of numbered paragraphs ("Paragraph 1. …"), then the closing line. */
export function hugeBook(megabytes: number): string {
  const parts: string[] = ['A Book Too Long To Print'];
  let size = 0;
  for (let n = 1; size < megabytes * 1024 * 1024; n++) {
    if (n % 150 === 1) parts.push(`CHAPTER ${Math.ceil(n / 150)}`);
    const words: string[] = [];
    for (let i = 0; i < 60 + ((n * 37) % 90); i++) words.push(WORDS[(n * 7 + i * 13) % WORDS.length]!);
    const paragraph = `Paragraph ${n}. ${words.join(' ')}.`;
    parts.push(paragraph);
    size += paragraph.length + 2;
  }
  parts.push(HUGE_BOOK_LAST_PARAGRAPH);
  return parts.join('\n\n');
}
