/**
 * The dates of `saved:` in the search box: a year, a month or a day, alone or after a comparison, or a
 * range. Days are the reader's local days, so "saved:2025-01-31" is the day as they lived it.
 */

/** A span of time: from is included, to is not; null is open-ended. ISO timestamps. */
export interface DateRange {
  from: string | null;
  to: string | null;
}

interface Span {
  start: Date;
  end: Date;
}

const DATE = /^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?$/;

/** An open end of a range: nothing, or GitHub's `*`. */
const isOpen = (side: string): boolean => side === '' || side === '*';

/** The year, month or day a date names, or null when it is not a real date. */
function span(text: string): Span | null {
  const found = DATE.exec(text);
  if (!found) return null;
  const year = Number(found[1]);
  const month = found[2] === undefined ? null : Number(found[2]);
  const day = found[3] === undefined ? null : Number(found[3]);
  if (month === null) return { start: localDay(year, 0, 1), end: localDay(year + 1, 0, 1) };
  if (month < 1 || month > 12) return null;
  if (day === null) return { start: localDay(year, month - 1, 1), end: localDay(year, month, 1) };
  const start = localDay(year, month - 1, day);
  // Date rolls 2025-02-30 over into March: a day that does not exist comes back as another month.
  if (start.getMonth() !== month - 1 || start.getDate() !== day) return null;
  return { start, end: localDay(year, month - 1, day + 1) };
}

function localDay(year: number, monthIndex: number, day: number): Date {
  // setFullYear, unlike new Date(y, …), keeps years 0–99 as they are; it rolls day 32 into the next month.
  const date = new Date(0);
  date.setFullYear(year, monthIndex, day);
  date.setHours(0, 0, 0, 0);
  return date;
}

/**
 * The range a saved: value means, or null when it is not one: `2025`, `2025-01`, `2025-01-31` (that
 * year, month or day), `>D` (after it), `>=D`, `<D` (before it), `<=D`, and `A..B` (A to B, both
 * included; either side may be left open).
 */
export function parseDateRange(value: string): DateRange | null {
  const range = /^(.*?)\.\.(.*)$/.exec(value);
  if (range) {
    const [, first = '', last = ''] = range;
    if (isOpen(first) && isOpen(last)) return null;
    const from = isOpen(first) ? null : span(first);
    const to = isOpen(last) ? null : span(last);
    if ((!isOpen(first) && !from) || (!isOpen(last) && !to)) return null;
    return { from: from?.start.toISOString() ?? null, to: to?.end.toISOString() ?? null };
  }
  const compared = /^(>=|<=|>|<|=)?(.+)$/.exec(value);
  const at = compared ? span(compared[2]!) : null;
  if (!compared || !at) return null;
  const iso = (date: Date): string => date.toISOString();
  switch (compared[1]) {
    case '>':
      return { from: iso(at.end), to: null };
    case '>=':
      return { from: iso(at.start), to: null };
    case '<':
      return { from: null, to: iso(at.start) };
    case '<=':
      return { from: null, to: iso(at.end) };
    default:
      return { from: iso(at.start), to: iso(at.end) };
  }
}
