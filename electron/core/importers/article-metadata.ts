import type { TextDirection } from '../../shared/models.ts';
import { truncateAtWord } from './file-title.ts';

const RTL_LETTER = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}\p{Script=Samaritan}\p{Script=Mandaic}]/gu;
const ANY_LETTER = /\p{L}/gu;

/** 'rtl' when most letters of the text (sampled from its start) are Hebrew, Arabic or another right-to-left script. */
export function detectDirection(text: string): TextDirection {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const letters = sample.match(ANY_LETTER)?.length ?? 0;
  if (letters === 0) return 'ltr';
  const rtl = sample.match(RTL_LETTER)?.length ?? 0;
  return rtl / letters > 0.5 ? 'rtl' : 'ltr';
}

const EXCERPT_LENGTH = 200;

/**
 * About 200 characters of real paragraph text: the first paragraphs long enough to be prose,
 * skipping captions, datelines and one-line fragments; short ones only if nothing else exists.
 */
export function makeExcerpt(paragraphs: readonly string[]): string {
  const clean = paragraphs.map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const prose = clean.filter((text) => text.length >= 60 || /[.!?。！？]$/u.test(text));
  const source = prose.length ? prose : clean;
  let excerpt = '';
  for (const text of source) {
    excerpt = excerpt ? `${excerpt} ${text}` : text;
    if (excerpt.length >= EXCERPT_LENGTH) break;
  }
  return truncateAtWord(excerpt, EXCERPT_LENGTH);
}
