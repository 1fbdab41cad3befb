import type { DomDocument, DomElement } from './dom-types.ts';
import { decodeEntities } from './html-entities.ts';
import { readJsonLdArticle, type JsonLdArticle } from './json-ld.ts';
import { readByline } from './page-byline.ts';
import { scanPage, type PageScan } from './page-scan.ts';
import { pageTitle } from './page-title.ts';

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
  /** The page's <base href> as written, if any. */
  baseHref: string | null;
  jsonLd: JsonLdArticle | null;
}

/**
 * Reads title, byline, dates and the rest with a fixed order of trust: JSON-LD (publishers
 * fill it for search engines, so it is usually right), then OpenGraph/article:* tags, then
 * Dublin Core / plain meta tags, then the document itself.
 */
export function readPageMetadata(doc: DomDocument): PageMetadata {
  const scan = scanPage(doc);
  const meta = collectMeta(scan.metas);
  const jsonLd = readJsonLdArticle(scan.jsonLd);
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
  const rawTitle = pageTitle({
    headline: jsonLd?.headline ?? null,
    ogTitle: pick('og:title', 'twitter:title', 'dc.title', 'citation_title'),
    documentTitle: doc.title,
    siteName,
    headings: scan.headings,
  });
  return {
    title: rawTitle ? decodeEntities(rawTitle) : null,
    byline: readByline(scan, jsonLd?.authors ?? [], (key) => {
      const value = meta.get(key);
      return value ? decodeEntities(value) : null;
    }),
    siteName: siteName ? decodeEntities(siteName.replace(/^@/, '')) : null,
    publishedAt: toIsoDate(jsonLd?.datePublished ?? pick('article:published_time', 'og:published_time', 'datepublished', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'citation_publication_date', 'parsely-pub-date', 'pubdate', 'publishdate', 'sailthru.date') ?? dateInPage(scan)),
    lang: normalizeLang(htmlLang ?? jsonLd?.inLanguage ?? pick('og:locale', 'content-language', 'dc.language', 'language')),
    dir: dirAttr === 'rtl' ? 'rtl' : dirAttr === 'ltr' ? 'ltr' : null,
    excerpt: decodeOrNull(pick('description', 'og:description', 'twitter:description', 'dc.description') ?? jsonLd?.description ?? null),
    leadImage: pick('og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src') ?? jsonLd?.image ?? scan.imageSrc?.getAttribute('href') ?? null,
    canonicalUrl: scan.canonical?.getAttribute('href') ?? pick('og:url') ?? null,
    baseHref: scan.base?.getAttribute('href') ?? null,
    jsonLd,
  };
}

function collectMeta(metas: DomElement[]): Map<string, string> {
  const meta = new Map<string, string>();
  for (const el of metas) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !meta.has(key)) meta.set(key, content);
    }
  }
  return meta;
}

/** A date marked in the body when the head has none: itemprop=datePublished, then <time pubdate>, then the first <time>. */
function dateInPage(scan: PageScan): string | null {
  const marked = scan.datePublished;
  const value = marked?.getAttribute('content') ?? marked?.getAttribute('datetime');
  if (value) return value;
  return (scan.pubdate ?? scan.firstTime)?.getAttribute('datetime') ?? null;
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
