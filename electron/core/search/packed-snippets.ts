/**
 * Body snippets as they cross from the search worker to the main thread. A page of a hundred passages as
 * objects (the passage, its marks, its place in the text) took over a millisecond to copy each way; the
 * same as a list of strings and one array of numbers takes a tenth of that.
 */
import type { CutSnippet } from './snippet.ts';

/** Snippets of some articles, packed for postMessage. */
export interface PackedSnippets {
  ids: string[];
  passages: string[];
  /** For each snippet in turn: its range's start and end (-1 and -1 for none), how many marks, then each mark's start and end. */
  numbers: Int32Array;
}

/** Packs snippets, keyed by article id, for the trip across threads. */
export function packSnippets(snippets: ReadonlyMap<string, CutSnippet>): PackedSnippets {
  const numbers: number[] = [];
  for (const { range, marks } of snippets.values()) {
    numbers.push(range?.start ?? -1, range?.end ?? -1, marks.length);
    for (const mark of marks) numbers.push(mark.start, mark.end);
  }
  return { ids: [...snippets.keys()], passages: [...snippets.values()].map((cut) => cut.snippet), numbers: Int32Array.from(numbers) };
}

/** The snippets packSnippets packed, by article id. */
export function unpackSnippets(packed: PackedSnippets): Map<string, CutSnippet> {
  const snippets = new Map<string, CutSnippet>();
  const numbers = packed.numbers;
  let at = 0;
  packed.ids.forEach((id, i) => {
    const start = numbers[at++]!;
    const end = numbers[at++]!;
    const marks = Array.from({ length: numbers[at++]! }, () => ({ start: numbers[at++]!, end: numbers[at++]! }));
    snippets.set(id, { snippet: packed.passages[i]!, marks, range: start < 0 ? null : { start, end } });
  });
  return snippets;
}
