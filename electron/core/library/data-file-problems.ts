/**
 * The sentences a damaged database file is reported with: which record, which field, what is there instead
 * ("library.json is damaged (article 12 (id …) has no title)"), in words people read, not schema paths.
 */
import type * as v from 'valibot';

/** Words for the entries of each collection, so a message says "article 12", not "articles.11". */
const ENTRY_NOUNS: Record<string, string> = {
  articles: 'article',
  items: 'link',
  searches: 'saved search',
  colors: 'tag colour',
  browsers: 'paired browser',
  saves: 'browser save',
  notes: 'the note of article',
  progress: 'the reading position of article',
  highlights: 'the highlights of article',
};

/** valibot's names for types, in words for people. */
const PLAIN_WORDS: Record<string, string> = { string: 'text', number: 'a number', boolean: 'true or false', Object: 'a record', Array: 'a list', null: 'empty' };

/** A value as a message shows it: short, and never more than a line. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  const shown = JSON.stringify(value) ?? String(value);
  return shown.length > 40 ? `${shown.slice(0, 40)}…` : shown;
}

/** One sentence for the first problem: which record, which field, what is there instead. */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  const steps = issue.path ?? [];
  const words: string[] = [];
  let field = '';
  for (let index = 0; index < steps.length; index++) {
    const key = steps[index]!.key;
    const noun = typeof key === 'string' ? ENTRY_NOUNS[key] : undefined;
    const next = steps[index + 1];
    if (noun && index === 0 && next) {
      const value = next.value as { id?: unknown } | null;
      const id = typeof next.key === 'number' && typeof value?.id === 'string' ? ` (id ${value.id})` : '';
      words.push(`${noun} ${typeof next.key === 'number' ? next.key + 1 : String(next.key)}${id}`);
      index += 1;
    } else if (typeof key === 'number') words.push(`entry ${key + 1}`);
    else field = field ? `${field}.${String(key)}` : String(key);
  }
  const subject = words.length > 0 ? words.join(', ') : 'the file';
  if (field && issue.input === undefined) return `${subject} has no ${field}`;
  if (!field && words.length > 0) return `${subject} is ${describeValue(issue.input)}, not a record Lectern can read`;
  const what = field ? `its ${field} is ${describeValue(issue.input)}` : `it holds ${describeValue(issue.input)}`;
  const expected = issue.expected ?? '';
  return `${subject}: ${what}, not ${PLAIN_WORDS[expected] ?? (expected || 'what Lectern expects')}`;
}
