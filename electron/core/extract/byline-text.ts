import { decodeEntities } from './html-entities.ts';

/**
 * Turns what a page offers as its byline into author names. Visible bylines and even meta tags
 * carry more than names: "By", dates and times, Twitter handles, job titles, "Updated", and
 * several authors joined with "and". What is left must look like names, or there is no byline.
 */

const MONTH = String.raw`(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?\.?|july?\.?|aug(?:ust|\.)?|sep(?:t(?:ember)?)?\.?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre)(?!\p{L})`;
/** Weekdays (English, German, French, Spanish), only ever taken in front of a date: "Fr, 10. Januar 2020". */
const WEEKDAY = String.raw`(?:(?:mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so|lun|mar|mer|jeu|ven|sam|dim|mié|jue|vie|sáb|dom)[a-zäéè]*\.?,?\s+)?`;

/** Dates, times and "3 hours ago" in the languages the corpus has; a month needs a number, so "Theresa May" stays. */
const DATE_OR_TIME = new RegExp(
  [
    String.raw`${WEEKDAY}${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?`,
    String.raw`${WEEKDAY}\d{1,2}(?:st|nd|rd|th)?\.?\s+${MONTH}(?:,?\s+\d{4})?`,
    String.raw`${MONTH}\s+\d{4}`,
    String.raw`\d{1,2}\s+de\s+${MONTH}(?:\s+de\s+\d{4})?`,
    String.raw`\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?`,
    String.raw`\d{1,2}[./]\d{1,2}[./]\d{2,4}`,
    String.raw`\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*(?:utc|gmt|uhr|[a-z]{1,3}t)\b)?`,
    String.raw`\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago`,
    String.raw`vor\s+\d+\s+\w+`,
    String.raw`\b(?:19|20)\d{2}\b`,
  ].join('|'),
  'giu',
);

/** "@stevenmusil", with a "Follow"/"Twitter:" in front of it. */
const HANDLE = /(?:\b(?:follow|twitter|x|bluesky|mastodon)\b\s*:?\s*)?@[\w.]+/giu;
const EMAIL_OR_URL = /\S+@\S+\.\w+|\S+\s*[[(]at[\])]\s*\S+|https?:\/\/\S+|www\.\S+|\S+\.[a-z]{2,}\/\S*/giu;

/** Lead-ins before the names: "By", "Von", "Par", "Written by", "Updated". */
const LEAD_IN = /^(?:(?:(?:written|posted|published|reported|words|text|story|photos?|interview|an article|eingestellt|erstellt|geschrieben|verfasst|veröffentlicht|publiziert|écrit|publié|escrito|publicado)\s+)?(?:by|von|vom|par|por|door|av|af|przez)\b\s*:?\s*|(?:post\s+)?(?:author|autor|autorin|auteur|autore)\b\s*:?\s*|(?:updated|published|posted|last updated|aktualisiert|veröffentlicht|publié|publicado|pubblicato)\b\s*:?\s*(?:on|at|am|um|le|el|il)?\s*)+/iu;
/** Italian "di Mario Rossi" (lower case only: "Di Maria" is a name), and "By" glued to the name ("ByAlex Bozarjian"). */
const CASED_LEAD_IN = /^(?:di\s+|By|Von|Par|Por)(?=\p{Lu})/u;
/** "Kategorien: Mode", "Filed under News": what follows is about the post, up to the next separator. */
const CATEGORY_LABEL = /\b(?:(?:kategorien?|categor(?:y|ies|ías?)|catégories?|tags?|schlagw(?:ö|o)rter|rubrik)\s*:|filed under|posted in)[^|•·;]*/giu;
/** Link labels beside the name in a byline block: "All articles", "View all posts by". */
const LINK_LABELS = /(?:\b(?:zeige|view|see|show)\s+)?\b(?:alle|all)\s+(?:artikel|beiträge|articles|posts|stories)\b|\bview (?:posts|articles|stories|profile)\b|\bmehr (?:artikel|beiträge)\b|\bmore (?:articles|stories)\b/giu;

/** Job titles and newsroom words: a part made only of these is a role, not a person. */
const ROLE = new Set([
  'editor', 'editors', 'writer', 'reporter', 'correspondent', 'columnist', 'contributor', 'journalist', 'photographer',
  'producer', 'analyst', 'staff', 'team', 'desk', 'intern', 'freelance', 'freelancer', 'author', 'editor-in-chief',
  'redaktion', 'redakteur', 'redakteurin', 'autor', 'autorin', 'korrespondent', 'korrespondentin', 'rédaction',
  'rédacteur', 'rédactrice', 'journaliste', 'correspondant', 'correspondante', 'periodista', 'redacción',
  'corresponsal', 'redazione', 'giornalista', 'updated', 'published', 'posted', 'on', 'at', 'am', 'um', 'read',
  'min', 'minute', 'minutes', 'reading', 'time',
]);
const ROLE_MODIFIER = new Set([
  'senior', 'chief', 'deputy', 'associate', 'assistant', 'managing', 'executive', 'contributing', 'special', 'staff',
  'political', 'politics', 'foreign', 'national', 'business', 'science', 'technology', 'tech', 'security', 'health',
  'sports', 'sport', 'news', 'digital', 'investigative', 'economics', 'opinion', 'culture', 'music', 'film', 'guest',
  'global', 'white', 'house', 'washington', 'europe', 'asia', 'us', 'uk', 'editorial', 'the', 'and', 'for', 'of', 'a', 'an',
]);
const NOT_A_NAME = /^(?:admin|administrator|user|guest|anonymous|unknown|null|undefined|none|n\/a|redaktion|red\.?|editorial staff|staff)$/i;
/** Parts of a byline line that are about the post, not its author: "in Uncategorized", "Leave a comment". */
const NOT_ABOUT_AUTHOR = /^(?:in|filed under|posted in|kategorie|category|tags?)\b|comment|kommentar|reply|antworten|réagir|réponse/i;

/** Most names have two to four words; five allows long Spanish names ("María de los Ángeles García"). */
const MAX_NAME_WORDS = 5;

/**
 * The author names in a byline candidate, joined with ", ", or null when nothing in it is a name.
 * `oneName` is for a source that holds a single name (a JSON-LD author): it is never split at "and".
 */
export function cleanByline(raw: string | null | undefined, options: { oneName?: boolean } = {}): string | null {
  if (!raw) return null;
  const oneName = options.oneName ?? false;
  const names: string[] = [];
  for (const part of bylineParts(decodeEntities(raw), oneName)) {
    const name = asName(part, oneName) ?? asName(afterLastBy(part), oneName);
    if (name && !names.some((n) => n.toLowerCase() === name.toLowerCase())) names.push(name);
  }
  return names.length ? names.join(', ') : null;
}

function asName(part: string, oneName: boolean): string | null {
  const name = trimPunctuation(withoutRoles(trimPunctuation(part.replace(LEAD_IN, '').replace(CASED_LEAD_IN, ''))));
  // One name may be long if it is an organisation's, or a list kept whole ("Markus Haefliger, London, Beat Bumbacher").
  const maxWords = oneName || name.includes(',') ? MAX_NAME_WORDS * 2 : MAX_NAME_WORDS;
  return name && looksLikeName(name, maxWords) ? name : null;
}

/** "Revised Edition Edited by Adrian Parr" names its author after the last "by". */
function afterLastBy(part: string): string {
  const match = /^.*\b(?:[Bb]y|[Pp]ar|[Pp]or)\s+(?=\p{Lu})/u.exec(part);
  return match ? part.slice(match[0].length) : '';
}

/** Splits a byline at separators, dates, handles and (unless `oneName`) conjunctions into the parts that may be names. */
function bylineParts(raw: string, oneName: boolean): string[] {
  const marked = raw
    .replace(/\s+/g, ' ')
    .replace(EMAIL_OR_URL, ' | ')
    .replace(LINK_LABELS, ' | ')
    .replace(CATEGORY_LABEL, ' | ')
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' | ')
    .replace(HANDLE, ' | ')
    .replace(DATE_OR_TIME, ' | ')
    .replace(/(?:^|\s)[-–—](?=\s|$)|[–—]/g, ' | ');
  return marked
    .split(/\s*[|•·;/\n]\s*/)
    .map((segment) => segment.replace(LEAD_IN, '').trim())
    .filter((segment) => segment && !NOT_ABOUT_AUTHOR.test(segment))
    .flatMap((segment) => (oneName ? [segment] : splitNames(segment)));
}

/**
 * "Jane Doe and John Smith" is two people; "Departement für Wirtschaft, Bildung und Forschung" is
 * one organisation. A list is split only when every piece has two words or more, else kept whole.
 */
function splitNames(segment: string): string[] {
  const pieces = segment.split(/\s*,\s*|\s*&\s*|\s+(?:and|und|et|y|e|en|og|och|AND)\s+/).map((p) => p.trim()).filter(Boolean);
  return pieces.length > 1 && pieces.every((p) => p.split(/\s+/).length >= 2) ? pieces : [segment];
}

function trimPunctuation(text: string): string {
  return text.replace(/^[\s,:;.–—-]+|[\s,:;–—-]+$/gu, '');
}

/** Drops a job title before or after the name ("Dan Goodin, Security Editor" is split earlier). */
function withoutRoles(part: string): string {
  const words = part.split(/\s+/);
  const isRole = (w: string) => ROLE.has(w.toLowerCase().replace(/[.,:]$/, ''));
  const isRoleish = (w: string) => isRole(w) || ROLE_MODIFIER.has(w.toLowerCase().replace(/[.,:]$/, ''));
  if (words.every(isRoleish)) return words.some(isRole) ? '' : part;
  let end = words.length;
  while (end > 0 && isRoleish(words[end - 1]!)) end--;
  // "Ada Writer" is a name; "Kim Lee Staff Writer" is a name and a title.
  if (end < words.length && end >= 2 && words.slice(end).some(isRole)) words.length = end;
  let start = 0;
  while (start < words.length && isRoleish(words[start]!)) start++;
  if (start > 0 && words.length - start >= 2 && words.slice(0, start).some(isRole)) return words.slice(start).join(' ');
  return words.join(' ');
}

function looksLikeName(name: string, maxWords: number): boolean {
  if (name.length < 2 || name.length > 100 || NOT_A_NAME.test(name)) return false;
  const words = name.split(/\s+/);
  if (words.length > maxWords) return false;
  // Digits belong only to a user name ("freeman1984"), never to a name of several words.
  if (/\d/.test(name) && (words.length > 1 || (name.match(/\p{L}/gu) ?? []).length < 3)) return false;
  // "J J" (two avatar initials) is not a byline: a name has a word of two letters or more.
  if (!words.some((w) => (w.match(/\p{L}/gu) ?? []).length >= 2)) return false;
  return true;
}
