/**
 * An export's highlights made into Lectern highlights. Most exports keep only the quote (Pocket, Omnivore,
 * Readwise, Matter), so each is placed in the article's text by exact, then fuzzy matching (the same
 * anchoring every highlight uses). One whose article has no text yet, or whose words are not found, is kept
 * with its quote and no place: it is listed as not yet placed, and placed when the text arrives.
 */
import { randomUUID } from 'node:crypto';
import { anchor } from '../../shared/annotations/anchor.ts';
import { describeRange, type TextPositionSelector, type TextQuoteSelector } from '../../shared/annotations/selectors.ts';
import type { HighlightRecord } from '../annotations/highlight-store.ts';
import type { ImportedHighlight } from './import-item.ts';
import { quoteKey } from './import-plan.ts';

/** Whitespace as one space, paragraph breaks kept as one newline: how quotes are stored and exported. */
function tidyQuote(quote: string): string {
  return quote
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** Selectors for a quote with no place yet: the position is empty, so anchoring goes straight to the quote. */
function unplacedSelectors(quote: string, context: ImportedHighlight['context']): [TextQuoteSelector, TextPositionSelector] {
  return [
    { type: 'TextQuoteSelector', exact: quote, prefix: context?.prefix ?? '', suffix: context?.suffix ?? '' },
    { type: 'TextPositionSelector', start: 0, end: 0 },
  ];
}

/**
 * Highlight records for one article. text is the article's current text, or null when it has none yet.
 * Quotes the article already has highlighted are left out, so importing the same file twice adds nothing.
 */
export function placeHighlights(
  articleId: string,
  text: string | null,
  highlights: readonly ImportedHighlight[],
  existingQuotes: ReadonlySet<string>,
  spellTags: (tags: readonly string[]) => string[],
): { records: HighlightRecord[]; unplaced: number } {
  const seen = new Set(existingQuotes);
  const records: HighlightRecord[] = [];
  let unplaced = 0;
  const now = new Date().toISOString();
  for (const highlight of highlights) {
    const quote = tidyQuote(highlight.quote);
    const key = quoteKey(quote);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    const hint = unplacedSelectors(quote, highlight.context);
    if (highlight.context?.start !== undefined && highlight.context.end !== undefined) hint[1] = { type: 'TextPositionSelector', start: highlight.context.start, end: highlight.context.end };
    const found = text === null ? null : anchor(text, hint);
    if (found === null) unplaced++;
    records.push({
      id: randomUUID(),
      articleId,
      color: highlight.color ?? 'yellow',
      note: highlight.note,
      tags: spellTags(highlight.tags),
      selectors: found === null || text === null ? unplacedSelectors(quote, highlight.context) : describeRange(text, found.start, found.end),
      createdAt: highlight.createdAt ?? now,
      updatedAt: now,
      deletedAt: null,
    });
  }
  return { records, unplaced };
}
