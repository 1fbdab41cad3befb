import type { ExtractedArticle } from '../extract/extracted-article.ts';

/** An extracted article for store tests, so they do not depend on any importer. */
export function sampleArticle(overrides: Partial<ExtractedArticle> = {}): ExtractedArticle {
  const text = 'First paragraph of a calm article.\n\nSecond paragraph.';
  return {
    title: 'A calm article',
    byline: 'Ada Brennan',
    siteName: 'Quiet Press',
    publishedAt: '2026-03-01T00:00:00.000Z',
    lang: 'en',
    dir: 'ltr',
    excerpt: 'First paragraph of a calm article.',
    leadImage: null,
    canonicalUrl: null,
    html: '<p>First paragraph of a calm article.</p><p>Second paragraph.</p>',
    text,
    wordCount: 460,
    ...overrides,
  };
}
