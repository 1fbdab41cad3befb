// How well a quote's remembered context (prefix/suffix) agrees with the text around a candidate.
// Context is the evidence that tells a re-found quote apart from the same words elsewhere, and the
// evidence that a fuzzy match is the edited highlight rather than a lookalike.

/**
 * Edit distance between `pattern` and the best-matching start of `text` (text[0, j) for any j):
 * the cost of `pattern` appearing at the beginning of `text`, with the rest of `text` free.
 */
function leadingEditDistance(pattern: string, text: string): number {
  const last = editDistanceRow(pattern, text);
  let best = pattern.length;
  for (let j = 0; j < last.length; j++) if ((last[j] as number) < best) best = last[j] as number;
  return best;
}

/** Plain Levenshtein distance between two strings. */
export function editDistance(a: string, b: string): number {
  return editDistanceRow(a, b)[b.length] as number;
}

/** The last row of the Levenshtein table: row[j] = distance(pattern, text[0, j)). */
function editDistanceRow(pattern: string, text: string): Uint32Array {
  const m = pattern.length;
  const n = text.length;
  let prev = new Uint32Array(n + 1);
  let cur = new Uint32Array(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    const pc = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const sub = (prev[j - 1] as number) + (pc === text.charCodeAt(j - 1) ? 0 : 1);
      const del = (prev[j] as number) + 1;
      const ins = (cur[j - 1] as number) + 1;
      cur[j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    [prev, cur] = [cur, prev];
  }
  return prev;
}

/** Extra text looked at beyond the context's own length, so insertions next to the quote cost little. */
function slack(len: number): number {
  return Math.ceil(len / 4) + 2;
}

/** 0..1 agreement of a (stripped) prefix with the (stripped) text ending at `at`; null when there is no prefix. */
export function prefixSimilarity(prefix: string, text: string, at: number): number | null {
  if (prefix.length === 0) return null;
  const window = text.slice(Math.max(0, at - prefix.length - slack(prefix.length)), at);
  // The prefix must end where the quote starts, so compare both strings read backwards.
  const d = leadingEditDistance(reverse(prefix), reverse(window));
  return 1 - d / prefix.length;
}

/** 0..1 agreement of a (stripped) suffix with the (stripped) text starting at `at`; null when there is no suffix. */
export function suffixSimilarity(suffix: string, text: string, at: number): number | null {
  if (suffix.length === 0) return null;
  const window = text.slice(at, at + suffix.length + slack(suffix.length));
  const d = leadingEditDistance(suffix, window);
  return 1 - d / suffix.length;
}

/** Length of the common run of characters ending at prefix end / text[at), capped at the prefix length. */
export function commonPrefixRun(prefix: string, text: string, at: number): number {
  let n = 0;
  while (n < prefix.length && at - n - 1 >= 0 && prefix.charCodeAt(prefix.length - 1 - n) === text.charCodeAt(at - n - 1)) n++;
  return n;
}

/** Length of the common run of characters starting at suffix start / text[at]. */
export function commonSuffixRun(suffix: string, text: string, at: number): number {
  let n = 0;
  while (n < suffix.length && at + n < text.length && suffix.charCodeAt(n) === text.charCodeAt(at + n)) n++;
  return n;
}

function reverse(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
}
