/**
 * The values exports write in a dozen ways: dates as seconds, milliseconds, microseconds or ISO text with
 * odd offsets; tags joined by |, ;, ", ", or written as JSON or Python lists; booleans as true, 1 or "yes";
 * progress as 0..1 or 0..100. Each is read here once, for every format.
 */
import { normalizeTags } from '../../../shared/tags.ts';

/** Saved dates before this are a mistake (an epoch zero, a year typo); the web's reading services start later. */
const EARLIEST = Date.UTC(1995, 0, 1);
/** A day's slack for clocks and zones; anything later is in the future. */
const FUTURE_SLACK_MS = 24 * 3600 * 1000;

function believable(ms: number, now: number): string | null {
  if (!Number.isFinite(ms) || ms < EARLIEST || ms > now + FUTURE_SLACK_MS) return null;
  return new Date(ms).toISOString();
}

/**
 * A date as ISO 8601, or null when it is missing or absurd (before 1995, after tomorrow). Numbers are
 * epoch seconds, or milliseconds past 10¹¹, or microseconds past 10¹⁴; text is ISO 8601 or RFC 3339,
 * also with a space for the T, a +0200 offset, or six fraction digits.
 */
export function parseExportDate(value: unknown, now = Date.now()): string | null {
  if (typeof value === 'number') return epochDate(value, now);
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text === '') return null;
  if (/^-?\d+(\.\d+)?$/.test(text)) return epochDate(Number(text), now);
  const iso = text
    .replace(/^(\d{4}-\d{2}-\d{2}) (\d)/, '$1T$2')
    .replace(/(\.\d{3})\d+/, '$1')
    .replace(/([+-]\d{2})(\d{2})$/, '$1:$2')
    .replace(/ ?UTC$/, 'Z');
  return believable(Date.parse(iso), now);
}

function epochDate(value: number, now: number): string | null {
  const abs = Math.abs(value);
  const ms = abs >= 1e14 ? value / 1000 : abs >= 1e11 ? value : value * 1000;
  return believable(ms, now);
}

/** Tags joined by a separator ("a|b", "a, b"), tidied by the library's one tag rule. */
export function splitTags(value: string | null | undefined, separator: string | RegExp): string[] {
  if (!value) return [];
  return normalizeTags(value.split(separator));
}

/**
 * Tags written as a list: JSON (`["a","b"]`, Instapaper, Readeck) or Python's repr (`['a', "don't"]`,
 * Readwise). Anything else is read as one comma-separated list.
 */
export function parseTagList(value: string | null | undefined): string[] {
  const text = value?.trim() ?? '';
  if (text === '' || text === '[]') return [];
  if (text.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed)) return normalizeTags(parsed.filter((tag): tag is string => typeof tag === 'string'));
    } catch {
      // Python's repr: quoted items in ' or ", commas inside quotes kept.
      const items = [...text.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g)].map((match) => (match[1] ?? match[2] ?? '').replace(/\\(.)/g, '$1'));
      if (items.length > 0) return normalizeTags(items);
    }
  }
  return splitTags(text.replace(/^\[|\]$/g, ''), ',');
}

/** A yes/no value as exports write it: true/false, 1/0, "yes"/"no", "on"; anything else is false. */
export function parseFlag(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value !== 'string') return false;
  return /^(true|1|yes|y|on|t)$/i.test(value.trim());
}

/**
 * Reading progress as a fraction 0..1. `scale` is what the format uses for "all of it" (100 for percent);
 * with 'auto', values above 1 are read as percent. Missing or nonsense values are null.
 */
export function progressFraction(value: unknown, scale: 1 | 100 | 'auto'): number | null {
  const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value.trim().replace(/%$/, '')) : NaN;
  if (!Number.isFinite(number) || number < 0) return null;
  const divisor = scale === 'auto' ? (number > 1 ? 100 : 1) : scale;
  return Math.min(1, number / divisor);
}

/** A text value, trimmed, or null when empty or not text. */
export function textOrNull(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return text === '' ? null : text;
}
