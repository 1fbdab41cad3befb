/**
 * Where the keyboard selection's caret goes next. The article is a list of readable blocks, each with its
 * offset in the article body's text; a unit (word, sentence, paragraph) gives each block its stops, found with
 * Intl.Segmenter in the article's language, and a move goes to the nearest stop before or after the caret.
 * The end of a block counts as the start of the next one, so a sentence or paragraph taken whole never ends in
 * the middle of the gap between two blocks. Pure logic over text offsets: the DOM side is keyboard-selection-dom.ts.
 */

/** One readable block: where its text begins in the body's text, and the text itself. */
export interface TextBlock {
  start: number;
  text: string;
}

export type MoveUnit = 'word' | 'sentence' | 'paragraph';

/** The stops of one block's text for a unit, as offsets into that text, in order. */
export type StopFinder = (text: string, unit: Exclude<MoveUnit, 'paragraph'>) => number[];

/** Where the selection is: the fixed end (null while it is only a caret) and the end that moves. */
export interface SelectionState {
  anchor: number | null;
  focus: number;
}

function segmenterFor(locale: string | undefined, granularity: 'word' | 'sentence'): Intl.Segmenter {
  try {
    return new Intl.Segmenter(locale || undefined, { granularity });
  } catch {
    // A language tag the runtime does not know (an article's lang is whatever its page said): the default rules.
    return new Intl.Segmenter(undefined, { granularity });
  }
}

/** Stops from Intl.Segmenter in a language: word starts, sentence starts. */
export function segmenterStops(locale: string | undefined): StopFinder {
  const words = segmenterFor(locale, 'word');
  const sentences = segmenterFor(locale, 'sentence');
  return (text, unit) => {
    const stops: number[] = [];
    if (unit === 'word') {
      for (const part of words.segment(text)) if (part.isWordLike) stops.push(part.index);
    } else {
      // A "sentence" of spaces alone (the gap after the last one) is not a place to stop.
      for (const part of sentences.segment(text)) if (/\S/.test(part.segment)) stops.push(part.index);
    }
    return stops;
  };
}

/** Every stop of block i, as offsets into the body's text, in order and without repeats. */
function blockStops(blocks: readonly TextBlock[], i: number, unit: MoveUnit, stopsOf: StopFinder): number[] {
  const block = blocks[i] as TextBlock;
  const found = unit === 'paragraph' ? [] : stopsOf(block.text, unit).filter((s) => s >= 0 && s < block.text.length);
  // A block with no word in it (a picture, a rule) is still one stop, so a move never skips it silently.
  const inside = found.length > 0 ? found : [0];
  if (i === blocks.length - 1) inside.push(block.text.length);
  return [...new Set(inside)].sort((a, b) => a - b).map((s) => block.start + s);
}

/** The index of the last block starting at or before offset, or -1 when the offset is before the first block. */
function blockAt(blocks: readonly TextBlock[], offset: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((blocks[mid] as TextBlock).start <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** The nearest stop after (direction 1) or before (-1) the offset; the offset itself at either end of the article. */
export function nextStop(blocks: readonly TextBlock[], offset: number, unit: MoveUnit, direction: 1 | -1, stopsOf: StopFinder): number {
  const here = blockAt(blocks, offset);
  if (direction === 1) {
    for (let i = Math.max(0, here); i < blocks.length; i++) {
      const stop = blockStops(blocks, i, unit, stopsOf).find((s) => s > offset);
      if (stop !== undefined) return stop;
    }
    return offset;
  }
  for (let i = Math.min(here, blocks.length - 1); i >= 0; i--) {
    const stop = blockStops(blocks, i, unit, stopsOf).findLast((s) => s < offset);
    if (stop !== undefined) return stop;
  }
  return offset;
}

/** The whole unit (a sentence, say) the offset sits in: from its stop at or before the offset to the next one. */
export function unitAround(blocks: readonly TextBlock[], offset: number, unit: MoveUnit, stopsOf: StopFinder): { start: number; end: number } {
  const here = blockAt(blocks, offset);
  const atStop = here >= 0 && blockStops(blocks, here, unit, stopsOf).includes(offset);
  const start = atStop ? offset : nextStop(blocks, offset, unit, -1, stopsOf);
  const end = nextStop(blocks, start, unit, 1, stopsOf);
  // At the very end of the article there is nothing after: the unit is the last one, before the offset.
  return end > start ? { start, end } : { start: nextStop(blocks, start, unit, -1, stopsOf), end: start };
}

/**
 * One move of the selection. A caret moves; with `extend` (or once an anchor is set) the focus moves and the
 * anchor stays, so moving back towards the anchor shrinks the selection and past it flips its direction.
 */
export function moveSelection(
  state: SelectionState,
  blocks: readonly TextBlock[],
  move: { unit: MoveUnit; direction: 1 | -1; extend: boolean },
  stopsOf: StopFinder,
): SelectionState {
  const anchor = state.anchor ?? (move.extend ? state.focus : null);
  return { anchor, focus: nextStop(blocks, state.focus, move.unit, move.direction, stopsOf) };
}

/** The selected span with the spaces at either end left out, or null when nothing but spaces is selected. */
export function selectedSpan(text: string, state: SelectionState): { start: number; end: number } | null {
  if (state.anchor === null) return null;
  let start = Math.min(state.anchor, state.focus);
  let end = Math.max(state.anchor, state.focus);
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return end > start ? { start, end } : null;
}

/** Text for a screen reader to say: spaces folded, and a long passage cut at a word with a count of the rest. */
export function spokenText(text: string, max = 200): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  if (folded.length <= max) return folded;
  const cut = folded.slice(0, max).replace(/\s+\S*$/, '');
  const rest = folded.slice(cut.length).trim().split(' ').length;
  return `${cut}… and ${rest} more ${rest === 1 ? 'word' : 'words'}`;
}
