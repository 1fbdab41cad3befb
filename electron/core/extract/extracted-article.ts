import type { TextDirection } from '../../shared/models.ts';

/** What every importer and the web capture produce: a clean, sanitized article body plus metadata. */
export interface ExtractedArticle {
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 when known. */
  publishedAt: string | null;
  /** BCP 47 language tag when known (e.g. "en", "pt-BR"). */
  lang: string | null;
  dir: TextDirection;
  excerpt: string;
  /** Absolute URL or article-relative asset path of the lead image. */
  leadImage: string | null;
  canonicalUrl: string | null;
  /** Sanitized body HTML: no html/head/body wrapper, no scripts, no event handlers. */
  html: string;
  /** Plain text of the body, blocks separated by blank lines. */
  text: string;
  wordCount: number;
}
