import { isListMarkerLine, isRuleLine, type TextUnit } from './text-lines.ts';

/** The structure recovered from plain text, one entry per block of the article body. */
export type TextBlock =
  | { kind: 'heading'; text: string; explicit: boolean }
  | { kind: 'paragraph'; text: string }
  /** Lines that must keep their breaks (verse, addresses). */
  | { kind: 'lines'; lines: string[] }
  | { kind: 'list'; ordered: boolean; start: number; items: string[] }
  | { kind: 'preformatted'; text: string }
  | { kind: 'rule' };

type Item = { ordered: boolean; number: number; text: string };
/** A unit on its way to becoming a block: list items are not grouped and headings not yet decided. */
type Pending = TextBlock | { kind: 'item'; item: Item } | { kind: 'candidate'; text: string };

const BULLET = /^[-*+•·▪◦‣●○■□►➤➢]\s+(.*)$/u;
const NUMBERED = /^(\d{1,3})[.)]\s+(.*)$/;
const LETTERED = /^([a-z])[.)]\s+(.*)$/;
const MARKDOWN_HEADING = /^#{1,6}\s+(.*?)(?:\s+#+)?$/;

function readItem(text: string): Item | null {
  if (!isListMarkerLine(text)) return null;
  const bullet = BULLET.exec(text);
  if (bullet) return { ordered: false, number: 1, text: bullet[1] ?? '' };
  const numbered = NUMBERED.exec(text);
  if (numbered) return { ordered: true, number: Number(numbered[1]), text: numbered[2] ?? '' };
  const lettered = LETTERED.exec(text);
  if (lettered) return { ordered: true, number: (lettered[1] ?? 'a').charCodeAt(0) - 96, text: lettered[2] ?? '' };
  return null;
}

function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/**
 * Whether a line reads like a section heading: short, no closing punctuation, not a quotation,
 * starting with a capital, a digit or a letter of a script without case.
 */
export function isHeadingLike(text: string): boolean {
  const line = text.trim();
  if (line.length < 2 || line.length > 100) return false;
  if (line.split(/\s+/).length > 14) return false;
  if (!/^[\p{Lu}\p{Lt}\p{Lo}\p{N}]/u.test(line)) return false;
  if (/[,;:!]$/.test(line)) return false;
  if (/[.…]$/.test(line) && !isAllCaps(line)) return false;
  // A question can head a section ("What comes next?"), but a one-word one is dialogue.
  if (line.endsWith('?') && line.split(/\s+/).length < 3) return false;
  if (/["”’»)\]]$/u.test(line)) return false;
  if (/https?:\/\/|www\.|\S@\S+\.\S/.test(line)) return false;
  if (!/\p{L}/u.test(line)) return false;
  // Runs of digits and separators alone are dates or figures, not headings.
  return !/^[\p{N}\s/.:,-]+$/u.test(line);
}

/** A unit that reads like a heading: a short single line, or an explicit heading marker. */
function headingCandidate(unit: TextUnit): boolean {
  return unit.shape === 'line' && unit.lineCount === 1 && isHeadingLike(unit.text);
}

/** Classifies units as blocks: explicit markers first, then lists, then headings inferred from context. */
export function classifyUnits(units: readonly TextUnit[]): TextBlock[] {
  const pending: Pending[] = [];
  for (const unit of units) {
    if (unit.shape === 'preformatted') pending.push({ kind: 'preformatted', text: unit.text });
    else if (unit.shape === 'verse') pending.push({ kind: 'lines', lines: unit.text.split('\n').map((line) => line.trim()) });
    else if (unit.shape === 'setext-heading') pending.push({ kind: 'heading', text: unit.text, explicit: true });
    else if (MARKDOWN_HEADING.test(unit.text)) {
      pending.push({ kind: 'heading', text: MARKDOWN_HEADING.exec(unit.text)?.[1] ?? unit.text, explicit: true });
    } else if (isRuleLine(unit.text)) pending.push({ kind: 'rule' });
    else {
      const item = readItem(unit.text);
      if (item) pending.push({ kind: 'item', item });
      else if (headingCandidate(unit)) pending.push({ kind: 'candidate', text: unit.text });
      else pending.push({ kind: 'paragraph', text: unit.text });
    }
  }
  resolveCandidates(pending);
  return groupLists(pending);
}

/**
 * Keeps heading candidates that head something: followed by body text, in runs of at most two.
 * When short unpunctuated lines make up much of the text (a list without markers, a chat log),
 * they are its content, not its sections.
 */
function resolveCandidates(pending: Pending[]): void {
  const candidates = pending.filter((entry) => entry.kind === 'candidate').length;
  const tooMany = pending.length > 4 && candidates / pending.length > 0.4;
  for (let i = 0; i < pending.length; i++) {
    const entry = pending[i];
    if (!entry) continue;
    // A numbered line on its own that heads a paragraph ("1. Introduction") is a heading too.
    if (entry.kind === 'item') {
      const text = `${entry.item.number}. ${entry.item.text}`;
      const headsParagraph = pending[i + 1]?.kind === 'paragraph';
      if (entry.item.ordered && isLoneItem(pending, i) && headsParagraph && isHeadingLike(text)) {
        pending[i] = { kind: 'heading', text, explicit: false };
      }
      continue;
    }
    if (entry.kind !== 'candidate') continue;
    let runEnd = i;
    while (pending[runEnd + 1]?.kind === 'candidate') runEnd++;
    const after = pending[runEnd + 1];
    // What a heading heads is real text: a sign-off such as "— Ana" under a short line is not a section.
    const headsBody = after !== undefined && (after.kind === 'paragraph' ? after.text.length >= 40 : ['item', 'lines', 'preformatted'].includes(after.kind));
    const keep = !tooMany && headsBody && runEnd - i < 2;
    for (let j = i; j <= runEnd; j++) {
      const candidate = pending[j];
      const text = candidate?.kind === 'candidate' ? candidate.text : '';
      pending[j] = keep ? { kind: 'heading', text, explicit: false } : { kind: 'paragraph', text };
    }
    i = runEnd;
  }
}

function isLoneItem(pending: readonly Pending[], index: number): boolean {
  return pending[index - 1]?.kind !== 'item' && pending[index + 1]?.kind !== 'item';
}

function groupLists(pending: readonly Pending[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const entry of pending) {
    if (entry.kind === 'candidate') {
      blocks.push({ kind: 'paragraph', text: entry.text });
    } else if (entry.kind === 'item') {
      const last = blocks[blocks.length - 1];
      if (last?.kind === 'list' && last.ordered === entry.item.ordered) last.items.push(entry.item.text);
      else blocks.push({ kind: 'list', ordered: entry.item.ordered, start: entry.item.number, items: [entry.item.text] });
    } else {
      blocks.push(entry);
    }
  }
  return blocks;
}
