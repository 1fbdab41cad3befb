import { isWebUrl } from '../../shared/web-address.ts';
import type { DomDocument } from './dom-types.ts';
import { readJsonLdArticle, type JsonLdArticle } from './json-ld.ts';

/** Metadata read from the page head, before any extraction touches the DOM. */
export interface PageMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedAt: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  leadImage: string | null;
  canonicalUrl: string | null;
  jsonLd: JsonLdArticle | null;
}

/**
 * Reads title, byline, dates and the rest with a fixed order of trust: JSON-LD (publishers
 * fill it for search engines, so it is usually right), then OpenGraph/article:* tags, then
 * Dublin Core / plain meta tags, then the document itself.
 */
export function readPageMetadata(doc: DomDocument): PageMetadata {
  const meta = collectMeta(doc);
  const jsonLd = readJsonLdArticle(doc);
  const pick = (...keys: string[]): string | null => {
    for (const key of keys) {
      const value = meta.get(key);
      if (value) return value;
    }
    return null;
  };
  const htmlLang = doc.documentElement.getAttribute('lang') ?? doc.documentElement.getAttribute('xml:lang');
  const dirAttr = (doc.documentElement.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? '').toLowerCase();
  const siteName = jsonLd?.publisher ?? pick('og:site_name', 'application-name', 'twitter:site');
  const rawTitle = jsonLd?.headline ?? stripSiteName(pick('og:title', 'twitter:title', 'dc.title', 'citation_title'), siteName) ?? cleanDocumentTitle(doc.title, siteName, headings(doc));
  return {
    title: rawTitle ? decodeEntities(rawTitle) : null,
    byline: cleanByline(jsonLd?.author ?? pick('author', 'article:author', 'dc.creator', 'citation_author', 'parsely-author', 'sailthru.author') ?? bylineFromPage(doc)),
    siteName: siteName ? decodeEntities(siteName.replace(/^@/, '')) : null,
    publishedAt: toIsoDate(jsonLd?.datePublished ?? pick('article:published_time', 'og:published_time', 'datepublished', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'citation_publication_date', 'parsely-pub-date', 'pubdate', 'publishdate', 'sailthru.date') ?? doc.querySelector('time[datetime]')?.getAttribute('datetime')),
    lang: normalizeLang(htmlLang ?? jsonLd?.inLanguage ?? pick('og:locale', 'content-language', 'dc.language', 'language')),
    dir: dirAttr === 'rtl' ? 'rtl' : dirAttr === 'ltr' ? 'ltr' : null,
    excerpt: decodeOrNull(pick('description', 'og:description', 'twitter:description', 'dc.description') ?? jsonLd?.description ?? null),
    leadImage: pick('og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src') ?? jsonLd?.image ?? doc.querySelector('link[rel="image_src"]')?.getAttribute('href') ?? null,
    canonicalUrl: doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? pick('og:url') ?? null,
    jsonLd,
  };
}

function collectMeta(doc: DomDocument): Map<string, string> {
  const meta = new Map<string, string>();
  for (const el of doc.querySelectorAll('meta')) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !meta.has(key)) meta.set(key, content);
    }
  }
  return meta;
}

/** The page's top-level headings, whitespace-folded: a <title> that one of them repeats is the headline whole. */
function headings(doc: DomDocument): Set<string> {
  return new Set([...doc.querySelectorAll('h1')].slice(0, 5).map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

/** og:title sometimes carries the brand too ("Headline | Site"); drop it when it names the site. */
function stripSiteName(title: string | null, siteName: string | null): string | null {
  if (!title || !siteName) return title;
  const site = siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const stripped = title.replace(new RegExp(`\\s+[|\\-–—»·:]\\s+${site}\\s*$|^${site}\\s+[|\\-–—»·:]\\s+`, 'i'), '').trim();
  return stripped || title;
}

/** Drops the " | Site name" tail that <title> usually carries. */
function cleanDocumentTitle(title: string, siteName: string | null, pageHeadings: Set<string>): string | null {
  const trimmed = title.replace(/\s+/g, ' ').trim();
  if (!trimmed) return null;
  // "Café — déjà vu" as both <title> and <h1> is a headline with a dash, not a headline plus a brand.
  if (pageHeadings.has(trimmed)) return trimmed;
  const parts = trimmed.split(/\s+[|\-–—»·:]\s+/);
  if (parts.length < 2) return trimmed;
  if (siteName) {
    const kept = parts.filter((p) => p.toLowerCase() !== siteName.toLowerCase());
    if (kept.length && kept.length < parts.length) return kept.join(' - ');
  }
  // Keep the longest piece: the headline is almost always longer than the brand.
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  return longest.split(/\s+/).length >= 2 ? longest : trimmed;
}

/** The visible byline when the head names no author: rel=author, itemprop=author, .byline. */
function bylineFromPage(doc: DomDocument): string | null {
  const el = doc.querySelector('[itemprop~="author" i] [itemprop="name"], [rel="author"], [itemprop~="author" i], .byline, .author-name, .article-author');
  const text = (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text && text.length <= 100 ? text : null;
}

function cleanByline(value: string | null): string | null {
  if (!value || isWebUrl(value)) return null;
  const cleaned = decodeEntities(value).replace(/^\s*(?:by|von|par|por|di|door)\s+/i, '').replace(/\s+/g, ' ').trim();
  return cleaned && cleaned.length < 200 ? cleaned : null;
}

function toIsoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  const parsed = Date.parse(trimmed);
  if (!Number.isNaN(parsed)) return new Date(parsed).toISOString();
  const ymd = /(\d{4})-(\d{2})-(\d{2})/.exec(trimmed);
  return ymd ? `${ymd[1]}-${ymd[2]}-${ymd[3]}T00:00:00.000Z` : null;
}

function normalizeLang(value: string | null): string | null {
  if (!value) return null;
  const tag = value.trim().replace(/_/g, '-').split(/[,;\s]/)[0] ?? '';
  if (!/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(tag)) return null;
  const [primary, ...rest] = tag.split('-');
  return [primary!.toLowerCase(), ...rest.map((r) => (r.length === 2 ? r.toUpperCase() : r))].join('-');
}

function decodeOrNull(value: string | null): string | null {
  return value ? decodeEntities(value).replace(/\s+/g, ' ').trim() || null : null;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Meta values are sometimes double-escaped (&amp;#39;); decode the common cases once. */
function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : whole;
    }
    return NAMED[code.toLowerCase()] ?? whole;
  });
}
