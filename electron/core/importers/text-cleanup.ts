import { isFurnitureLine, isInterruption, isTrailerMarker } from './text-furniture.ts';
import { isHeaderLine } from './text-header.ts';
import { endsSentence, isListMarkerLine, type TextUnit } from './text-lines.ts';

// How far into the text leading furniture is looked for, in units.
const LEADING_WINDOW = 10;

function isSingleLine(unit: TextUnit): boolean {
  return unit.shape === 'line' && unit.lineCount === 1;
}

/** Text that is clearly part of the article: a sentence, a long passage, a list, a table or verse. */
function isSubstantial(unit: TextUnit): boolean {
  if (unit.shape !== 'line') return unit.shape !== 'setext-heading';
  return unit.text.length >= 80 || endsSentence(unit.text) || isListMarkerLine(unit.text);
}

/**
 * A short line with no closing punctuation after the last of the article: a leftover button or
 * caption ("Discussion about this post", "Jane Doe and 3 others"). A sign-off ("— Jane") stays.
 */
function isShortTrailingLine(unit: TextUnit): boolean {
  if (!isSingleLine(unit) || isListMarkerLine(unit.text) || /^[—–]/.test(unit.text)) return false;
  return unit.text.length <= 60 && unit.text.split(/\s+/).length <= 6 && !endsSentence(unit.text);
}

/**
 * A block of short lines is verse only if none of them is furniture or a byline: "By Jane Doe /
 * March 3, 2021" and "Share / Comments (12)" blocks are taken apart into lines again.
 */
function splitFalseVerse(unit: TextUnit): TextUnit[] {
  if (unit.shape !== 'verse') return [unit];
  const lines = unit.text.split('\n').map((line) => line.trim());
  if (!lines.some((line) => isFurnitureLine(line) || isHeaderLine(line))) return [unit];
  return lines.map((line) => ({ text: line, shape: 'line', lineCount: 1, indent: unit.indent }));
}

/** Index where a trailer of comments or "related" links starts, or -1. Only late in the text counts. */
function trailerStart(units: readonly TextUnit[]): number {
  const total = units.reduce((sum, unit) => sum + unit.text.length, 0);
  let before = 0;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i] as TextUnit;
    if (i >= 3 && before >= total * 0.25 && isSingleLine(unit) && isTrailerMarker(unit.text)) return i;
    before += unit.text.length;
  }
  return -1;
}

/**
 * Drops page furniture: advertising lines anywhere, obvious chrome before the article (menus,
 * breadcrumbs, "Listen to this article"), and after it the trailer (comments, related links,
 * share buttons) together with short unpunctuated leftovers.
 */
export function stripFurniture(input: readonly TextUnit[]): TextUnit[] {
  let units = input.flatMap(splitFalseVerse).filter((unit) => !(isSingleLine(unit) && isInterruption(unit.text)));

  const leading: TextUnit[] = [];
  let seenBody = false;
  units.forEach((unit, index) => {
    if (!seenBody && index < LEADING_WINDOW && isSingleLine(unit) && isFurnitureLine(unit.text)) return;
    if (isSubstantial(unit)) seenBody = true;
    leading.push(unit);
  });
  units = leading;

  const trailer = trailerStart(units);
  if (trailer > 0) units = units.slice(0, trailer);

  const lastBody = units.findLastIndex(isSubstantial);
  let end = units.length;
  while (end > 1) {
    const unit = units[end - 1] as TextUnit;
    const furniture = isSingleLine(unit) && isFurnitureLine(unit.text);
    // The general rule for short lines applies only after the last real paragraph.
    const leftover = lastBody >= 0 && end - 1 > lastBody && isShortTrailingLine(unit);
    if (!furniture && !leftover) break;
    end--;
  }
  return units.slice(0, end);
}
