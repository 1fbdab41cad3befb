import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { describeRange } from '../../shared/annotations/selectors.ts';
import type { Article, Highlight } from '../../shared/models.ts';
import { exportArticle } from './article-export.ts';
import { hashtag } from './highlights-markdown.ts';
import { ANNOTATION_CONTEXT, type AnnotationCollection } from './web-annotation.ts';

const TEXT = 'The river ran slowly past the mill.\nNobody was in a hurry.\n\nBy noon the light had changed.';
const BODY = '<p>The river ran slowly past the mill.<br>Nobody was in a hurry.</p><p>By noon the light had changed.</p>';

const article: Article = {
  id: '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d',
  title: 'The mill',
  byline: 'Ada Brennan',
  siteName: 'Quiet Press',
  source: { kind: 'url', value: 'https://quiet.example/mill' },
  savedAt: '2026-03-02T10:00:00.000Z',
  updatedAt: '2026-03-02T10:00:00.000Z',
  publishedAt: null,
  lang: 'en',
  dir: 'ltr',
  excerpt: '',
  leadImage: null,
  wordCount: 20,
  readingMinutes: 1,
  archived: false,
  favorite: false,
  finishedAt: null,
  progress: null,
  hasNote: true,
  tags: [],
  note: 'A *calm* piece about mills.',
  noteUpdatedAt: '2026-03-02T11:00:00.000Z',
};

function highlight(id: string, words: string, extra: Partial<Highlight> = {}): Highlight {
  const start = TEXT.indexOf(words);
  return {
    id,
    articleId: article.id,
    color: 'yellow',
    note: '',
    tags: [],
    selectors: describeRange(TEXT, start, start + words.length),
    createdAt: '2026-03-02T12:00:00.000Z',
    updatedAt: '2026-03-02T12:30:00.000Z',
    ...extra,
  };
}

const highlights = [
  highlight('hl-0001', 'past the mill.\nNobody was', { note: 'Mills **everywhere**.', tags: ['places', 'slow reading', '2026'], color: 'green' }),
  highlight('hl-0002', 'the light had changed', { tags: ['Places', 'light'] }),
];

test('Markdown export: front matter with the tags of every highlight, the note, then each highlight as a quote', () => {
  const { fileName, content } = exportArticle(article, BODY, 'markdown', { highlights });
  assert.equal(fileName, 'the-mill-0b1c2d3e.md');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(content);
  assert.ok(match, 'front matter first');
  const [, yaml, rest] = match as unknown as [string, string, string];
  assert.deepEqual(parse(yaml), {
    title: 'The mill',
    author: 'Ada Brennan',
    site: 'Quiet Press',
    url: 'https://quiet.example/mill',
    saved: '2026-03-02T10:00:00.000Z',
    lang: 'en',
    tags: ['places', 'slow-reading', '_2026', 'light'],
  });
  const expected = [
    '# The mill',
    '## My notes\n\nA *calm* piece about mills.',
    '## Highlights',
    '> past the mill.\n> Nobody was',
    'Mills **everywhere**.',
    `#places #slow-reading #_2026 [Open in Lectern](lectern://app/articles/${article.id}#highlight-hl-0001)`,
    '---',
    '> the light had changed',
    `#Places #light [Open in Lectern](lectern://app/articles/${article.id}#highlight-hl-0002)`,
  ].join('\n\n');
  assert.equal(rest, `\n${expected}\n`);
  assert.doesNotMatch(content, /By noon the light had changed\./, 'the body is left out by default');
});

test('Markdown export with the body appends the article; without highlights there is no Highlights section', () => {
  const { content } = exportArticle({ ...article, note: '' }, BODY, 'markdown', { withBody: true });
  assert.match(content, /## Article\n\nThe river ran slowly past the mill\.\s+Nobody was in a hurry\.\n\nBy noon the light had changed\.\n$/);
  assert.doesNotMatch(content, /## Highlights|## My notes|^tags:/m);
});

test('hashtags stay single tokens that Obsidian and Logseq recognise', () => {
  assert.equal(hashtag('to read'), '#to-read');
  assert.equal(hashtag('C++ & Rust!'), '#C-Rust');
  assert.equal(hashtag('projects/lectern'), '#projects/lectern');
  assert.equal(hashtag('école'), '#école');
  assert.equal(hashtag('!!!'), '');
});

test('annotations export is a W3C Web Annotation collection with quote and position selectors', () => {
  const { fileName, content } = exportArticle(article, BODY, 'annotations', { highlights });
  assert.equal(fileName, 'the-mill-0b1c2d3e.annotations.jsonld');
  const doc = JSON.parse(content) as AnnotationCollection;
  assert.equal(doc['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(ANNOTATION_CONTEXT, 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(doc.type, 'AnnotationCollection');
  assert.equal(doc.total, 2);
  assert.equal(doc.first.type, 'AnnotationPage');
  const [first, second] = doc.first.items;
  assert.deepEqual(first, {
    id: 'urn:lectern:highlight:hl-0001',
    type: 'Annotation',
    motivation: 'commenting',
    created: '2026-03-02T12:00:00.000Z',
    modified: '2026-03-02T12:30:00.000Z',
    body: [
      { type: 'TextualBody', value: 'Mills **everywhere**.', format: 'text/markdown', purpose: 'commenting' },
      { type: 'TextualBody', value: 'places', purpose: 'tagging' },
      { type: 'TextualBody', value: 'slow reading', purpose: 'tagging' },
      { type: 'TextualBody', value: '2026', purpose: 'tagging' },
    ],
    target: {
      source: 'https://quiet.example/mill',
      styleClass: 'lectern-green',
      selector: [
        { type: 'TextQuoteSelector', exact: 'past the mill.\nNobody was', prefix: 'The river ran slowly ', suffix: ' in a hurry.\n\nBy noon the light ' },
        { type: 'TextPositionSelector', start: 21, end: 46 },
      ],
    },
    stylesheet: { type: 'CssStylesheet', value: '.lectern-green { background-color: #d3efcf; }' },
  });
  assert.equal(second?.motivation, 'highlighting');
  assert.deepEqual(second?.body?.map((b) => b.purpose), ['tagging', 'tagging']);
  assert.equal(TEXT.slice(21, 46), 'past the mill.\nNobody was');
});

test('an article not from the web is the target as a lectern URN; a plain highlight has no body', () => {
  const local = { ...article, source: { kind: 'file' as const, value: '/home/ada/mill.md' } };
  const doc = JSON.parse(exportArticle(local, BODY, 'annotations', { highlights: [highlight('hl-3', 'By noon')] }).content) as AnnotationCollection;
  assert.equal(doc.first.items[0]?.target.source, `urn:lectern:article:${article.id}`);
  assert.equal('body' in (doc.first.items[0] ?? {}), false);
});

test('JSON export carries the record, the body and the highlights', () => {
  const parsed = JSON.parse(exportArticle(article, BODY, 'json', { highlights }).content);
  assert.equal(parsed.id, article.id);
  assert.equal(parsed.bodyHtml, BODY);
  assert.deepEqual(parsed.highlights, highlights);
});

test('file names fold accents and case but keep the words of other scripts whole', () => {
  assert.equal(exportArticle({ ...article, title: 'Crème Brûlée, Straße!' }, BODY, 'json').fileName, 'creme-brulee-strasse-0b1c2d3e.json');
  assert.equal(exportArticle({ ...article, title: 'नमस्ते दुनिया' }, BODY, 'json').fileName, 'नमस्ते-दुनिया-0b1c2d3e.json');
});
