/**
 * A long, varied article for the reader journeys: headings, plain paragraphs, a list, a quotation, code and a
 * table, written as Markdown so it goes through the same import path a pasted text does. Every paragraph is
 * different, so "which paragraph is at the top" has one answer.
 */

const sentences = [
  'Reading on a screen is mostly a matter of not being interrupted.',
  'The best reading rooms were never silent; they were predictable, and predictability is what lets attention settle.',
  'A column of text that stays put, a margin that does not move, a font that does not call attention to itself: these are quiet luxuries.',
  'When a page reflows under your eyes, you lose more than your place; you lose the thread of the argument you were holding.',
  'Printers learned centuries ago that a line of about sixty-five characters is the one the eye can follow back without effort.',
  'Longer lines make the return sweep a small act of navigation, and shorter ones chop sentences into stammering fragments.',
  'Good typography is invisible in the way good plumbing is invisible: you notice it only when it fails.',
  'Margins are not wasted space; they are where the eye rests between thoughts.',
  'The habit of saving articles to read later is a promise to a calmer version of ourselves.',
  'Most of those promises are broken not by a lack of time but by the friction of getting back to the right sentence.',
  'A reader who trusts that the place is kept will put the text down without anxiety and pick it up again without dread.',
  'Notes written in the margin are a conversation with the author that nobody else needs to hear.',
  'Some of the most useful notes are questions, written down so that the next chapter can answer them.',
  'Slow reading is not a virtue in itself, but attention is, and attention is usually slow.',
  'The eye moves in jumps called saccades, and between them it rests for a fraction of a second on a word or two.',
  'A generous line height gives those jumps somewhere soft to land.',
  'Dark themes help at night not because they are fashionable but because a bright rectangle in a dark room is hard to look at for long.',
  'Sepia is a compromise that many readers choose without being able to say why; it is simply easier on tired eyes.',
  'Hyphenation, used sparingly, keeps the right edge of a paragraph from looking ragged and restless.',
  'An article is finished when its argument has been followed to the end, not when the scroll bar says so.',
  'Libraries used to be the place where this kind of attention was protected by rules and by architecture.',
  'On a computer, the rules have to be written into the software, and the architecture is the layout of a window.',
  'Every control that is not needed while reading is a small weight on the page.',
  'The progress line at the top of the page is enough to know where you are; a percentage is rarely needed.',
  'Keyboard shortcuts are not for experts only; they are for anyone who would rather keep their hands still.',
  'Typefaces designed for long reading have open shapes, sturdy serifs and a modest contrast between thick and thin.',
  'A legible face is one where the letters cannot be mistaken for one another, even at a glance or on a poor screen.',
  'Images belong to the text they illustrate and should never push it off the edge of the column.',
  'Captions are read more often than the paragraphs around them, which is why they deserve care.',
  'Quotations should sit back a little from the text, so that the voice of another writer is audible as a change of tone.',
  'Code in an article is read differently from prose: slowly, line by line, and often more than once.',
  'Tables invite comparison, and comparison needs alignment more than decoration.',
  'The end of an article deserves a moment of stillness before the next thing begins.',
  'What we read carefully, we remember; what we skim, we recognise later without knowing where from.',
  'The pleasure of rereading is the pleasure of noticing what was there all along.',
  'A well-kept list of things read is a quiet record of a mind changing its opinions.',
  'Nothing about reading requires a network connection, and a reader that works offline respects that.',
  'The privacy of reading is older than the printing press and worth defending.',
  'Saved pages should look like themselves, minus everything that was trying to sell something.',
  'In the end, the best reading software is the one you forget you are using.',
];

const headings = [
  'The column',
  'Where the eye rests',
  'Light, sepia and dark',
  'Keeping your place',
  'Margins and notes',
  'Finishing',
];

function paragraph(n: number): string {
  // Deterministic but varied: each paragraph walks the sentence pool with its own stride.
  const parts: string[] = [];
  const count = 4 + (n % 3);
  for (let i = 0; i < count; i++) parts.push(sentences[(n * 7 + i * (3 + (n % 5))) % sentences.length]!);
  return `Paragraph ${n + 1}. ${parts.join(' ')}`;
}

/** The sample article as Markdown (about 3,500 words), plus how many paragraphs it has. */
export function sampleArticleMarkdown(): { title: string; markdown: string; paragraphs: number } {
  const blocks: string[] = [];
  let n = 0;
  headings.forEach((heading, section) => {
    blocks.push(`## ${heading}`);
    for (let i = 0; i < 7; i++) blocks.push(paragraph(n++));
    if (section === 1) {
      blocks.push('- Keep the line near sixty-five characters.\n- Give the lines room to breathe.\n- Let the margins be wide and still.');
    }
    if (section === 2) {
      blocks.push('> Reading is to the mind what exercise is to the body.\n>\n> — attributed to Joseph Addison');
    }
    if (section === 3) {
      blocks.push('```\nconst anchor = { block: 42, offset: 118 };\nrestore(anchor); // the same sentence returns to the top\n```');
    }
    if (section === 4) {
      blocks.push('| Theme | Background | Text |\n| --- | --- | --- |\n| Light | #fbfbf9 | #1d1d1f |\n| Sepia | #f4ecd8 | #5b4636 |\n| Dark | #17181a | #d7d7d2 |');
    }
  });
  return { title: 'The Quiet Art of Reading Slowly', markdown: blocks.join('\n\n'), paragraphs: n };
}
