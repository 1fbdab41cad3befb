// W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors) over an
// article's plain text: the `textContent` of the article's root element. Core (linkedom) and the
// reader (browser DOM) compute the same string, so offsets agree on both sides of the bridge.
// Offsets are UTF-16 code units, like every DOM and JavaScript string offset.

/** The highlighted text with a little context either side, for re-finding it after edits. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** Start/end offsets (UTF-16 code units, end exclusive) into the article's plain text. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type TextSelector = TextQuoteSelector | TextPositionSelector;

/** How much context describeRange keeps on each side; Hypothesis uses 32 as well. */
export const CONTEXT_LENGTH = 32;

/** Describe text[start, end) by quote (with context) and position, clamping to the text. */
export function describeRange(text: string, start: number, end: number): [TextQuoteSelector, TextPositionSelector] {
  const from = clamp(Math.min(start, end), text.length);
  const to = clamp(Math.max(start, end), text.length);
  // Never cut a surrogate pair in half, in the quote or in its context: a lone surrogate would
  // render as garbage in an export and could never match the text again.
  const s = alignStart(text, from);
  const e = alignEnd(text, to);
  const prefixStart = alignStart(text, Math.max(0, s - CONTEXT_LENGTH));
  const suffixEnd = alignEnd(text, Math.min(text.length, e + CONTEXT_LENGTH));
  return [
    { type: 'TextQuoteSelector', exact: text.slice(s, e), prefix: text.slice(prefixStart, s), suffix: text.slice(e, suffixEnd) },
    { type: 'TextPositionSelector', start: s, end: e },
  ];
}

/** The first quote selector in a selector list, if any. */
export function findQuoteSelector(selectors: readonly TextSelector[]): TextQuoteSelector | undefined {
  return selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
}

/** The first position selector in a selector list, if any. */
export function findPositionSelector(selectors: readonly TextSelector[]): TextPositionSelector | undefined {
  return selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
}

function clamp(n: number, max: number): number {
  if (!Number.isFinite(n)) return 0;
  return Math.max(0, Math.min(max, Math.trunc(n)));
}

/** Move a start offset off the low half of a surrogate pair. */
export function alignStart(text: string, i: number): number {
  return i > 0 && i < text.length && isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1)) ? i - 1 : i;
}

/** Move an end offset past the low half of a surrogate pair it would otherwise cut. */
export function alignEnd(text: string, i: number): number {
  return i > 0 && i < text.length && isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1)) ? i + 1 : i;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
