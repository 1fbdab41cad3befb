/**
 * Omnivore's `highlights/<slug>.md`, written by its `highlightToMarkdown`: each highlight as
 * `> quote ` + (`\n\n#label #label`) + (`\n\nnote`), each Note-type entry (the article's own note) as
 * `note\n\n`, all joined with `\n\n`. There are no offsets and no colours. In a quote, empty lines were
 * turned into `> ` and the other lines kept unprefixed, so a quote is one block without blank lines.
 */
import { normalizeTags } from '../../../shared/tags.ts';
import type { ImportedHighlight } from '../import-item.ts';

interface OmnivoreHighlights {
  highlights: ImportedHighlight[];
  /** Note-type entries, for the item's note. */
  notes: string[];
}

interface Draft {
  quote: string;
  tags: string[];
  noteBlocks: string[];
}

/**
 * Splits the file into highlights and article notes. A Note-type entry is the only thing followed by four
 * newlines (its own two plus the join), or by two at the end of the file, so the text before such a run
 * is taken as article notes, not as the note of the highlight before it. When a highlight with its own
 * note is followed by a Note-type entry the two cannot be told apart; both then go to the article's note,
 * which keeps the words, only not beside that highlight.
 */
export function parseOmnivoreHighlights(markdown: string): OmnivoreHighlights {
  const text = markdown.replace(/\r\n?/g, '\n');
  const result: OmnivoreHighlights = { highlights: [], notes: [] };
  const sections = text.split(/\n(?:[ \t]*\n){3,}/);
  sections.forEach((section, index) => {
    const last = index === sections.length - 1;
    readSection(section, !last || /\n[ \t]*\n\s*$/.test(section), result);
  });
  return result;
}

function readSection(section: string, endsWithNoteEntry: boolean, result: OmnivoreHighlights): void {
  const blocks = section.split(/\n[ \t]*\n/).filter((block) => block.trim() !== '');
  const drafts: Draft[] = [];
  const loose: string[] = [];
  for (const block of blocks) {
    const current = drafts.at(-1);
    if (block.startsWith('>')) drafts.push({ quote: quoteText(block), tags: [], noteBlocks: [] });
    else if (current && current.tags.length === 0 && current.noteBlocks.length === 0 && isLabelLine(block)) current.tags = labelNames(block);
    else (current ? current.noteBlocks : loose).push(block.trim());
  }
  if (loose.length > 0) result.notes.push(loose.join('\n\n'));
  const last = drafts.at(-1);
  if (endsWithNoteEntry && last && last.noteBlocks.length > 0) {
    result.notes.push(last.noteBlocks.join('\n\n'));
    last.noteBlocks = [];
  }
  for (const draft of drafts) {
    if (draft.quote === '') continue;
    result.highlights.push({ quote: draft.quote, note: draft.noteBlocks.join('\n\n'), tags: draft.tags, color: null, createdAt: null });
  }
}

/** The quote without its `> ` markers; a line that was only `>` is the blank line between paragraphs. */
function quoteText(block: string): string {
  return block
    .split('\n')
    .map((line) => line.replace(/^> ?/, '').trimEnd())
    .join('\n')
    .trim();
}

/** `#label #another label`: one line that starts with a hash directly followed by a name (not a heading). */
function isLabelLine(block: string): boolean {
  const line = block.trim();
  return !line.includes('\n') && /^#[^\s#]/.test(line);
}

/** Label names may hold spaces ("#read later"), so split only where a space is followed by `#`. */
function labelNames(block: string): string[] {
  return normalizeTags(block.trim().slice(1).split(/\s+#(?=[^\s#])/));
}
