// Random but reproducible edits to an article's text, with the bookkeeping to say where any old
// offset ended up. Used by the anchoring tests and benchmark to check that re-anchored highlights
// land where the words really went.
import { seededRandom } from './sample-prose.ts';

export interface TextEdit {
  /** Offset in the old text. */
  at: number;
  /** Characters removed from the old text at `at`. */
  remove: number;
  insert: string;
}

interface EditedText {
  text: string;
  edits: TextEdit[];
}

const FILLER = ['indeed', 'as reported', 'the committee', 'in 2024', 'for now', 'said one resident', '(updated)', 'however'];

/** Apply `count` random non-overlapping edits (insert, delete, typo, whitespace) to `text`. */
export function simulateEdits(text: string, count: number, seed = 1): EditedText {
  const rand = seededRandom(seed);
  const edits: TextEdit[] = [];
  const taken: [number, number][] = [];
  for (let tries = 0; edits.length < count && tries < count * 20; tries++) {
    const at = Math.floor(rand() * text.length);
    const kind = rand();
    let edit: TextEdit;
    if (kind < 0.35) edit = { at, remove: 0, insert: ' ' + (FILLER[Math.floor(rand() * FILLER.length)] as string) + ' ' };
    else if (kind < 0.6) edit = { at, remove: 1 + Math.floor(rand() * 30), insert: '' };
    else if (kind < 0.85) edit = { at, remove: 1, insert: String.fromCharCode(97 + Math.floor(rand() * 26)) };
    else edit = { at, remove: 0, insert: rand() < 0.5 ? '\n' : '  ' };
    const end = Math.min(text.length, edit.at + edit.remove);
    edit.remove = end - edit.at;
    // Keep edits apart so mapping offsets stays unambiguous.
    if (taken.some(([s, e]) => edit.at <= e + 1 && end >= s - 1)) continue;
    taken.push([edit.at, end]);
    edits.push(edit);
  }
  edits.sort((a, b) => a.at - b.at);
  let out = '';
  let last = 0;
  for (const e of edits) {
    out += text.slice(last, e.at) + e.insert;
    last = e.at + e.remove;
  }
  out += text.slice(last);
  return { text: out, edits };
}

/**
 * Where old offset `pos` is in the edited text; null if its character was removed. `side` decides
 * whether text inserted exactly at `pos` ends up before it ('start' of a range) or after it ('end').
 */
export function mapOffset(edits: readonly TextEdit[], pos: number, side: 'start' | 'end' = 'start'): number | null {
  let delta = 0;
  for (const e of edits) {
    if (side === 'start' ? e.at > pos : e.at >= pos) break;
    if (pos < e.at + e.remove && pos > e.at) return null;
    if (pos === e.at && e.remove > 0 && side === 'start') return null;
    delta += e.insert.length - e.remove;
  }
  return pos + delta;
}

/** Like mapOffset, but an offset inside removed text maps to where the removal happened. */
export function mapOffsetLoosely(edits: readonly TextEdit[], pos: number): number {
  let delta = 0;
  for (const e of edits) {
    if (e.at >= pos) break;
    if (pos < e.at + e.remove) return e.at + delta;
    delta += e.insert.length - e.remove;
  }
  return pos + delta;
}

/** Whether any edit touches old text [start, end) (an insertion strictly inside counts). */
export function editsTouch(edits: readonly TextEdit[], start: number, end: number): boolean {
  return edits.some((e) => (e.remove > 0 ? e.at < end && e.at + e.remove > start : e.at > start && e.at < end));
}
