import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { importPlainTextContent } from './text-importer.ts';

// Modelled on a news article copied out of a web page: one paragraph per line, no title line, one
// short unpunctuated section heading in the middle, and a line of page furniture at the end.
const NEWS_ONE_PER_LINE = [
  'A cargo ship carrying grain ran aground at the mouth of the harbour on Thursday, blocking the only deep channel for most of the day and stranding a dozen vessels outside the port.',
  'Port officials said no one was hurt, although a tug crew had to be lifted off by helicopter when the line between the two boats snapped in the rising wind.',
  '“We have not seen a grounding like this in twenty years,” said Maria Lindqvist, the harbour master, speaking to reporters on the quay.',
  'Divers inspected the hull in the afternoon and found no breach, the shipping company said in a statement.',
  'Questions about the dredging budget',
  'The channel was last dredged four years ago, and local pilots have warned the council twice that silt was building up faster than the schedule allowed.',
  'A council spokesman said a new survey had been ordered and that the results would be published before the end of the month.',
  'Discussion about this post',
].join('\n');

const HARD_WRAPPED = `The Quiet Work of Archivists

By Tomás Ferreira
12 March 2021

Every archive begins with a decision about what is worth keeping. The
people who make that decision rarely appear in the histories that their
choices make possible, and yet their judgement shapes what later readers
can know about the past.

In the small municipal archive of a coastal town, two staff members sort
through the papers of a shipping firm that closed in 1974. Most of the
boxes hold invoices; a few hold letters that nobody has read in decades.

What gets kept

The rules are simple on paper and hard in practice:

- Keep anything that records a decision.
- Keep one example of every routine form.
- Discard duplicates, unless they carry notes in the margin.

Share this article
Comments (4)
`;

function headings(html: string): string[] {
  return [...html.matchAll(/<h2>(.*?)<\/h2>/g)].map((match) => match[1] ?? '');
}

function paragraphs(html: string): string[] {
  return [...html.matchAll(/<p>(.*?)<\/p>/g)].map((match) => match[1] ?? '');
}

describe('plain text: one paragraph per line', () => {
  const article = importPlainTextContent(NEWS_ONE_PER_LINE, { fileName: 'harbour-grounding.txt' });

  test('every line is a paragraph, and the short unpunctuated line is an h2', () => {
    assert.deepEqual(headings(article.html), ['Questions about the dredging budget']);
    assert.equal(paragraphs(article.html).length, 6);
    assert.match(article.html, /<\/p>\n<h2>Questions about the dredging budget<\/h2>\n<p>The channel/);
  });

  test('the mid-article heading is not the title; a long first sentence gives way to the file name', () => {
    assert.notEqual(article.title, 'Questions about the dredging budget');
    assert.equal(article.title, 'Harbour grounding');
  });

  test('the trailing furniture line is dropped', () => {
    assert.doesNotMatch(article.html, /Discussion about this post/);
    assert.doesNotMatch(article.text, /Discussion/);
  });

  test('text has blocks separated by blank lines; metadata is filled', () => {
    assert.equal(article.text.split('\n\n').length, 7);
    assert.ok(article.text.startsWith('A cargo ship carrying grain'));
    assert.equal(article.wordCount, article.text.split(/\s+/).filter((word) => /\w/.test(word)).length);
    assert.ok(article.excerpt.startsWith('A cargo ship carrying grain ran aground'));
    assert.ok(article.excerpt.length <= 200);
    assert.equal(article.lang, null);
    assert.equal(article.dir, 'ltr');
  });
});

describe('plain text: hard-wrapped prose', () => {
  const article = importPlainTextContent(HARD_WRAPPED, { fileName: 'archive.txt' });

  test('wrapped lines are joined into paragraphs', () => {
    const texts = paragraphs(article.html);
    assert.ok(texts[0]?.startsWith('Every archive begins with a decision about what is worth keeping. The people who make'));
    assert.ok(texts[0]?.endsWith('can know about the past.'));
    assert.ok(texts[1]?.includes('shipping firm that closed in 1974. Most of the boxes hold invoices;'));
  });

  test('the first line is the title, the byline and date are read, the heading is an h2', () => {
    assert.equal(article.title, 'The Quiet Work of Archivists');
    assert.equal(article.byline, 'Tomás Ferreira');
    assert.equal(article.publishedAt, '2021-03-12');
    assert.deepEqual(headings(article.html), ['What gets kept']);
    assert.doesNotMatch(article.html, /Tomás|12 March/);
  });

  test('dash lines become a list, and the trailing furniture block is gone', () => {
    assert.match(article.html, /<ul><li>Keep anything that records a decision.<\/li><li>Keep one example of every routine form.<\/li><li>Discard duplicates, unless they carry notes in the margin.<\/li><\/ul>/);
    assert.doesNotMatch(article.html, /Share this article|Comments/);
  });

  test('a word hyphenated across a line break is joined without a space', () => {
    const result = importPlainTextContent('Some long words are split at the end of a line by an old-fash-\nioned typewriter habit, which we keep when joining the text back into one\nparagraph again, as wrapped text asks for, and as readers would expect.\nAnother line of the same wrapped paragraph continues right here for a while.\n');
    assert.match(result.text, /old-fash-ioned typewriter/);
  });
});

describe('plain text: lists, rules, preformatted text and verse', () => {
  test('numbered and bulleted lines make ordered and unordered lists', () => {
    const article = importPlainTextContent('Steps to follow today:\n\n1. Open the box.\n2. Read the manual.\n3. Plug it in.\n\n* Red\n* Green\n');
    assert.match(article.html, /<ol><li>Open the box.<\/li><li>Read the manual.<\/li><li>Plug it in.<\/li><\/ol>/);
    assert.match(article.html, /<ul><li>Red<\/li><li>Green<\/li><\/ul>/);
  });

  test('a list that starts at another number keeps its start', () => {
    const article = importPlainTextContent('Continuing the list from before.\n\n4. Fourth thing to do.\n5. Fifth thing to do.\n');
    assert.match(article.html, /<ol start="4">/);
  });

  test('an indented continuation line belongs to its list item', () => {
    const article = importPlainTextContent('Notes from the meeting.\n\n- The budget was approved\n  after a long debate.\n- The next meeting is in May.\n');
    assert.match(article.html, /<li>The budget was approved after a long debate.<\/li>/);
  });

  test('a numbered line that heads a paragraph is a section heading, not a list', () => {
    const article = importPlainTextContent('A short report on the trial.\n\n1. Introduction\n\nThe trial ran for six weeks in three towns.\n\n2. Results\n\nMost people preferred the new timetable.\n');
    assert.deepEqual(headings(article.html), ['1. Introduction', '2. Results']);
  });

  test('markdown-style and underlined headings in a text file are headings', () => {
    const article = importPlainTextContent('Report\n======\n\nOpening words of the report.\n\n# Findings\n\nWhat was found, in brief.\n');
    assert.equal(article.title, 'Report');
    assert.deepEqual(headings(article.html), ['Findings']);
  });

  test('a line of asterisks is a section break', () => {
    const article = importPlainTextContent('The first scene ends here.\n\n* * *\n\nThe second scene begins.\n');
    assert.match(article.html, /<p>The first scene ends here.<\/p>\n<hr \/>\n<p>The second scene begins.<\/p>/);
  });

  test('an indented block is preformatted, with its spacing kept', () => {
    const article = importPlainTextContent('Run these commands:\n\n    npm install\n      npm test\n\nThen open the app.\n');
    assert.match(article.html, /<pre>npm install\n {2}npm test<\/pre>/);
  });

  test('stanzas of short lines keep their line breaks', () => {
    const poem = 'Small Hours\n\nThe kettle hums before the light,\nThe street is still and grey,\nA single window burning bright\nHolds off the coming day.\n\nA bus goes by with no one on,\nIts windows full of rain,\nAnd by the time the bus is gone\nThe dark comes back again.\n';
    const article = importPlainTextContent(poem);
    assert.equal(article.title, 'Small Hours');
    assert.match(article.html, /<p>The kettle hums before the light,<br \/>The street is still and grey,<br \/>/);
  });

  test('bare web addresses become links', () => {
    const article = importPlainTextContent('The full report is at https://example.org/report.pdf, page 4.');
    assert.match(article.html, /<a href="https:\/\/example.org\/report.pdf" rel="noopener noreferrer">https:\/\/example.org\/report.pdf<\/a>, page 4./);
  });

  test('markup in the text is shown as text, never run', () => {
    const article = importPlainTextContent('Type <script>alert(1)</script> to see & learn.');
    assert.match(article.html, /&lt;script&gt;alert\(1\)&lt;\/script&gt; to see &amp; learn./);
    assert.doesNotMatch(article.html, /<script/);
  });
});

describe('plain text: headings are inferred only where they head something', () => {
  test('a run of short lines is content, not a stack of headings', () => {
    const article = importPlainTextContent('Shopping for the week\nEggs\nFlour\nMilk\nButter\nSugar\n');
    assert.deepEqual(headings(article.html), []);
  });

  test('a short line followed only by a sign-off is not a heading', () => {
    const article = importPlainTextContent('The first paragraph ends properly.\nThe second one does too.\nSee you next week\n— Ana');
    assert.deepEqual(headings(article.html), []);
  });

  test('a question can be a heading', () => {
    const article = importPlainTextContent('An opening paragraph that ends as it should.\nWhy does this matter?\nBecause the details decide what happens next.\n');
    assert.deepEqual(headings(article.html), ['Why does this matter?']);
  });

  test('quoted dialogue lines are not headings', () => {
    const article = importPlainTextContent('She looked up from the map.\n“Over there”\nHe nodded and they walked on in silence for a while.\n');
    assert.deepEqual(headings(article.html), []);
  });
});

describe('plain text: title choice', () => {
  test('a short first sentence is the title when there is no heading line', () => {
    const article = importPlainTextContent('The vote is tomorrow. Polls open at seven and close at nine.\nCounting starts right after.');
    assert.equal(article.title, 'The vote is tomorrow');
  });

  test('without a file name, a long first sentence is cut at a word', () => {
    const article = importPlainTextContent(`${'word '.repeat(40)}end.`);
    assert.ok(article.title.endsWith('…'));
    assert.ok(article.title.length <= 80);
  });

  test('a generic file name is not used as a title', () => {
    const long = `${'This sentence is long on purpose so that it cannot be a title, '.repeat(3)}and it ends here.`;
    const article = importPlainTextContent(long, { fileName: 'Untitled.txt' });
    assert.ok(article.title.startsWith('This sentence is long on purpose'));
  });

  test('an explicit title wins', () => {
    const article = importPlainTextContent('Heading Line\nBody text goes here.', { title: 'Chosen' });
    assert.equal(article.title, 'Chosen');
  });

  test('a one-line text keeps its line as the body', () => {
    const article = importPlainTextContent('Hello world');
    assert.equal(article.title, 'Hello world');
    assert.equal(article.text, 'Hello world');
  });
});

describe('plain text: furniture', () => {
  test('leading navigation, breadcrumbs and reading-time lines are dropped', () => {
    const text = 'Skip to main content\nMenu\nHome > News > World\nStorm Hits the Coast\nListen to this article\n5 min read\nA storm hit the coast on Monday, knocking out power to thousands of homes.\nOfficials said repairs could take days.\nTags: weather, storms\nShare on Facebook\nMore from News';
    const article = importPlainTextContent(text);
    assert.equal(article.title, 'Storm Hits the Coast');
    assert.equal(article.text, 'A storm hit the coast on Monday, knocking out power to thousands of homes.\n\nOfficials said repairs could take days.');
  });

  test('advertising lines are dropped from the middle of the text too', () => {
    const article = importPlainTextContent('First paragraph of the story.\nADVERTISEMENT\nSecond paragraph of the story.\nStory continues below advertisement\nThird paragraph.');
    assert.equal(article.text, 'First paragraph of the story.\n\nSecond paragraph of the story.\n\nThird paragraph.');
  });

  test('a late "Related articles" line cuts the list of links after it', () => {
    const body = Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1} of the article, with enough words to count as prose.`).join('\n');
    const article = importPlainTextContent(`${body}\nRelated articles\nWhy ports silt up: a short history of dredging.\nTen harbours to visit this summer.`);
    assert.doesNotMatch(article.text, /Related|harbours to visit|dredging/);
    assert.match(article.text, /Paragraph 6 of the article/);
  });

  test('an early "Comments" line does not cut the article', () => {
    const article = importPlainTextContent('Intro line that is a sentence.\nComments\nThe rest of the article, which is long and real and must be kept in the import.\nAnd another paragraph that is also part of it.\nAnd a third one, which closes the piece.');
    assert.match(article.text, /And a third one/);
  });

  test('furniture-only text leaves an empty body', () => {
    const article = importPlainTextContent('Share\nAdvertisement\n');
    assert.equal(article.text, '');
  });
});

describe('plain text: scripts and metadata', () => {
  test('Hebrew text is right-to-left', () => {
    const article = importPlainTextContent('שלום עולם. זהו טקסט בעברית לבדיקה של כיוון הכתיבה.\nפסקה שנייה עם עוד מילים.');
    assert.equal(article.dir, 'rtl');
  });

  test('Chinese: the title is the first sentence and each character counts as a word', () => {
    const article = importPlainTextContent('这是一个中文测试。北京是中国的首都。');
    assert.equal(article.title, '这是一个中文测试');
    assert.equal(article.wordCount, 16);
  });

  test('Windows line endings and form feeds are handled', () => {
    const article = importPlainTextContent('First paragraph.\r\nSecond paragraph.\r\n\fThird paragraph.\r\n');
    assert.equal(article.text, 'First paragraph.\n\nSecond paragraph.\n\nThird paragraph.');
  });
});
