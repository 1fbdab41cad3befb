/**
 * How deep Markdown's containers (block quotes and lists) may nest. Marked reads each level by
 * reading the level inside it again: its time grows with length times depth squared, and it
 * overflows the stack a few thousand levels down (`>>>>…` or `- - - …` 20,000 times is a
 * one-line file). Written Markdown nests a handful of levels; quoted mail a dozen at most.
 */
const MAX_MARKDOWN_NESTING = 12;
/** Indentation nests lists too (two to four columns a level); a list item indented further is brought back to this. */
const MAX_INDENT = MAX_MARKDOWN_NESTING * 4;
/** Emphasis nests too (`*a _b **c …`), and Marked overflows the stack at two thousand levels of it. */
const MAX_EMPHASIS_NESTING = 32;

// The markers that open containers at the start of a line: `>`, a bullet or a number, each with the space after it.
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))+[ \t]?/;
const MARKER = /[>+*-]|\d{1,9}[.)]/g;
const INDENT = /^[ \t]*/;
const FENCE = /^[ \t]*(`{3,}|~{3,})/;

/**
 * Returns Markdown whose containers nest at most MAX_MARKDOWN_NESTING deep: markers past that are
 * dropped from the start of their line (its text stays, in the deepest container kept), and a list
 * item indented past MAX_INDENT columns is brought back to it. Lines inside fenced code are left as
 * written, and so is text within the limits.
 */
export function capMarkdownNesting(source: string): string {
  let changed = false;
  let fence: string | null = null;
  const emphasis = { depth: 0 };
  const lines = source.split('\n').map((line) => {
    const prefix = CONTAINER_PREFIX.exec(line)?.[0] ?? '';
    const mark = FENCE.exec(line.slice(prefix.length))?.[1];
    const insideFence = fence !== null && !mark?.startsWith(fence);
    if (insideFence) return line;
    if (mark) fence = fence === null ? mark : null;
    const capped = capEmphasis(prefix ? capContainers(line, prefix) : line, emphasis);
    if (capped !== line) changed = true;
    return capped;
  });
  return changed ? lines.join('\n') : source;
}

/** One line opening containers (`prefix` is its markers, with the indentation before them). */
function capContainers(line: string, prefix: string): string {
  const indent = INDENT.exec(prefix)![0];
  // A list item nests only under items indented less, so bringing it back to MAX_INDENT bounds the depth.
  const deepIndent = columns(indent) > MAX_INDENT;
  const kept = deepIndent ? ' '.repeat(MAX_INDENT) + prefix.slice(indent.length) : prefix;
  const text = line.slice(prefix.length);
  MARKER.lastIndex = 0;
  let count = 0;
  for (let marker = MARKER.exec(kept); marker; marker = MARKER.exec(kept)) {
    if (++count > MAX_MARKDOWN_NESTING) return `${kept.slice(0, marker.index).trimEnd()} ${text}`;
  }
  return deepIndent ? kept + text : line;
}

/**
 * Drops emphasis delimiters that would open past MAX_EMPHASIS_NESTING, and the ones closing them (escaped, Marked
 * would still take seconds over each). `open.depth` carries the count across the lines of a paragraph.
 */
function capEmphasis(line: string, open: { depth: number }): string {
  if (!line.trim()) {
    open.depth = 0;
    return line;
  }
  // Fewer delimiters than the limit cannot reach it; most lines end here.
  if (open.depth + countDelimiters(line) <= MAX_EMPHASIS_NESTING) return line;
  return line.replace(/[*_]+/g, (run: string, at: number) => {
    const opens = !/\s/.test(line[at + run.length] ?? ' ');
    const closes = !/\s/.test(line[at - 1] ?? ' ');
    if (opens === closes) return run;
    const past = (opens ? ++open.depth : open.depth--) > MAX_EMPHASIS_NESTING;
    if (open.depth < 0) open.depth = 0;
    return past ? '' : run;
  });
}

function countDelimiters(line: string): number {
  let count = 0;
  for (let at = 0; at < line.length; at++) if (line[at] === '*' || line[at] === '_') count++;
  return count;
}

/** Width of leading white space, a tab reaching the next multiple of four as in CommonMark. */
function columns(indent: string): number {
  let width = 0;
  for (const char of indent) width = char === '\t' ? width + 4 - (width % 4) : width + 1;
  return width;
}
