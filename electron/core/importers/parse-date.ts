const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?';
// Whatever follows the date on the same line: a time, a zone, "at 10:00", "| 5 min read".
const TAIL = '(?:(?:,|\\s+at|\\s*[|·•-])?\\s+\\d{1,2}[:.]\\d{2}.*|\\s*[|·•].*)?';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/;
const MONTH_FIRST = new RegExp(`^${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TAIL}$`, 'i');
const DAY_FIRST = new RegExp(`^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})${TAIL}$`, 'i');

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function dateOnly(year: number, month: number, day: number): string | null {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/**
 * Reads a publication date written the ways articles write them ("2020-10-27", "October 27, 2020",
 * "Tue 27 Oct 2020 14:05"). Returns ISO 8601: a full timestamp when the input has a zone, else the
 * date alone, since a clock time without a zone would be a guess. Null when the text is not a date.
 */
export function parseArticleDate(input: string): string | null {
  const text = input.trim();
  const iso = ISO.exec(text);
  if (iso) {
    const day = dateOnly(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (!day) return null;
    if (iso[4] && iso[5]) {
      const stamp = Date.parse(text.replace(' ', 'T'));
      return Number.isNaN(stamp) ? day : new Date(stamp).toISOString();
    }
    return day;
  }
  const monthFirst = MONTH_FIRST.exec(text);
  if (monthFirst) return dateOnly(Number(monthFirst[3]), monthNumber(monthFirst[1] ?? ''), Number(monthFirst[2]));
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) return dateOnly(Number(dayFirst[3]), monthNumber(dayFirst[2] ?? ''), Number(dayFirst[1]));
  return null;
}

/** A Date or a date string from metadata (front matter) as ISO 8601, or null. */
export function normalizeMetadataDate(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value !== 'string') return null;
  const parsed = parseArticleDate(value);
  if (parsed) return parsed;
  const stamp = Date.parse(value);
  // Date.parse also accepts odd strings ("foo 2001"): only trust it when a year-month-day is visible.
  return !Number.isNaN(stamp) && /\d{4}-\d{2}-\d{2}/.test(value) ? new Date(stamp).toISOString() : null;
}
