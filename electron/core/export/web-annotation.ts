// An article's highlights in the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/),
// serialized as JSON-LD, so Hypothesis-style tools and annotation servers can read them. One
// AnnotationCollection per article whose single page holds one Annotation per highlight.
import { HIGHLIGHT_PALETTE } from '../../shared/highlight-palette.ts';
import type { Article, Highlight } from '../../shared/models.ts';
import { isWebUrl } from '../../shared/web-address.ts';
import { tidyWhitespace } from '../annotations/quote-whitespace.ts';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

type TextualBody = { type: 'TextualBody'; value: string; purpose: 'commenting' | 'tagging'; format?: string };

interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  body?: TextualBody[];
  target: { source: string; styleClass: string; selector: Highlight['selectors'] };
  stylesheet: { type: 'CssStylesheet'; value: string };
}

export interface AnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

/** What the annotations are about: the page's URL when it came from the web, else a stable URN. */
function annotationSource(article: Article): string {
  return article.source.kind === 'url' && isWebUrl(article.source.value) ? article.source.value : `urn:lectern:article:${article.id}`;
}

/** The selectors with the quote's whitespace tidied, for highlights stored before quotes were (quote-whitespace.ts). */
function tidySelectors([quote, position]: Highlight['selectors']): Highlight['selectors'] {
  const tidy = { ...quote, exact: tidyWhitespace(quote.exact), prefix: tidyWhitespace(quote.prefix), suffix: tidyWhitespace(quote.suffix) };
  return [tidy, position];
}

/** One highlight as a W3C Annotation: the note as a Markdown TextualBody, each tag a 'tagging' body. */
export function toWebAnnotation(highlight: Highlight, source: string): WebAnnotation {
  const body: TextualBody[] = [];
  if (highlight.note.trim() !== '') body.push({ type: 'TextualBody', value: highlight.note, format: 'text/markdown', purpose: 'commenting' });
  for (const tag of highlight.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  const styleClass = `lectern-${highlight.color}`;
  return {
    id: `urn:lectern:highlight:${highlight.id}`,
    type: 'Annotation',
    motivation: highlight.note.trim() === '' ? 'highlighting' : 'commenting',
    created: highlight.createdAt,
    modified: highlight.updatedAt,
    ...(body.length > 0 && { body }),
    target: { source, styleClass, selector: tidySelectors(highlight.selectors) },
    stylesheet: { type: 'CssStylesheet', value: `.${styleClass} { background-color: ${HIGHLIGHT_PALETTE.light[highlight.color]}; }` },
  };
}

/** Every highlight of an article as one JSON-LD AnnotationCollection. */
export function webAnnotationCollection(article: Article, highlights: readonly Highlight[]): AnnotationCollection {
  const source = annotationSource(article);
  const id = `urn:lectern:article:${article.id}:annotations`;
  return {
    '@context': ANNOTATION_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: `Highlights: ${article.title}`,
    total: highlights.length,
    first: { id: `${id}:page-1`, type: 'AnnotationPage', startIndex: 0, items: highlights.map((h) => toWebAnnotation(h, source)) },
  };
}
