/**
 * Whitespace in highlight quotes. An article's text keeps its page's source layout: a passage across two
 * paragraphs holds "\n" and 32 spaces of indentation between them, which a Markdown blockquote turns into a
 * code block and a W3C selector carries as noise. Quotes, prefixes and suffixes are stored and exported with
 * each run of whitespace as one space, or as a paragraph break ("\n\n") where the run crosses a block.
 * Matching ignores whitespace altogether (shared/annotations/matching-text.ts), so anchoring is unchanged.
 */
import type { TextQuoteSelector } from '../../shared/annotations/selectors.ts';

const WHITESPACE = /\s/u;
const PARAGRAPH_BREAK = '\n\n';

/**
 * text[start, end) with its whitespace tidied: a run becomes one space, or a paragraph break where it touches a
 * block boundary (`breaks`, from blockBreaks); a boundary with no whitespace at all gets a break too. A run at
 * either end stays as one separator, so a prefix still ends in a space where the text had one.
 */
function tidyRange(text: string, start: number, end: number, breaks: ReadonlySet<number>): string {
  let out = '';
  let separator = '';
  for (let i = start; i < end; i++) {
    if (i > start && breaks.has(i)) separator = PARAGRAPH_BREAK;
    const ch = text[i] as string;
    if (WHITESPACE.test(ch)) {
      separator ||= ' ';
      continue;
    }
    out += separator + ch;
    separator = '';
  }
  if (separator !== '' && breaks.has(end)) separator = PARAGRAPH_BREAK;
  return out + separator;
}

/** The quote selector for text[start, end) (as describeRange made it), its whitespace tidied by the page's blocks. */
export function tidyQuoteSelector(text: string, quote: TextQuoteSelector, start: number, end: number, breaks: readonly number[]): TextQuoteSelector {
  const set = new Set(breaks);
  return {
    ...quote,
    prefix: tidyRange(text, start - quote.prefix.length, start, set),
    exact: tidyRange(text, start, end, set),
    suffix: tidyRange(text, end, end + quote.suffix.length, set),
  };
}

/** Whether a quote has whitespace worth tidying (more than single spaces), so the body is parsed only then. */
export function hasUntidyWhitespace(quote: TextQuoteSelector): boolean {
  const untidy = /[^\S ]|\s{2,}/u;
  return untidy.test(quote.exact) || untidy.test(quote.prefix) || untidy.test(quote.suffix);
}

/**
 * For export of quotes stored before they were tidied: a run without a line break becomes one space; a lone
 * line break stays one (a <br>); a run with several, or with the source's indentation after it, is a
 * paragraph break. Tidied text passes through unchanged.
 */
export function tidyWhitespace(text: string): string {
  return text.replace(/\s+/gu, (run) => {
    const lineBreaks = run.split('\n').length - 1;
    if (lineBreaks === 0) return ' ';
    return lineBreaks === 1 && run.endsWith('\n') ? '\n' : PARAGRAPH_BREAK;
  });
}
