import { isWebUrl } from '../../shared/web-address.ts';
import type { DomDocument } from './dom-types.ts';

/** The fields of a schema.org article that extraction uses. */
export interface JsonLdArticle {
  headline: string | null;
  author: string | null;
  datePublished: string | null;
  publisher: string | null;
  image: string | null;
  articleBody: string | null;
  description: string | null;
  inLanguage: string | null;
  url: string | null;
}

const ARTICLE_TYPE = /^(?:\w+:)?(?:Article|NewsArticle|BlogPosting|Report|ScholarlyArticle|TechArticle|AnalysisNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|BackgroundNewsArticle|LiveBlogPosting|SocialMediaPosting|DiscussionForumPosting|Recipe|Review|CreativeWork|WebPage|MedicalWebPage|HowTo|Blog|Posting)$/;
const STRONG_TYPE = /Article|BlogPosting|Posting|Report|Recipe|Review|HowTo/;

/** Finds the most article-like object in the page's JSON-LD blocks, or null. */
export function readJsonLdArticle(doc: DomDocument): JsonLdArticle | null {
  let best: { node: Record<string, unknown>; rank: number } | null = null;
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    let data: unknown;
    try {
      // Some CMSs wrap the JSON in CDATA or HTML comments.
      data = JSON.parse((script.textContent ?? '').replace(/^\s*(?:<!--|\/\/<!\[CDATA\[)|(?:-->|\/\/\]\]>)\s*$/g, ''));
    } catch {
      continue;
    }
    for (const node of flatten(data)) {
      const types = ([] as unknown[]).concat(node['@type'] ?? []).map(String);
      if (!types.some((t) => ARTICLE_TYPE.test(t))) continue;
      const rank = (types.some((t) => STRONG_TYPE.test(t)) ? 2 : 1) + (typeof node.articleBody === 'string' ? 1 : 0);
      if (!best || rank > best.rank) best = { node, rank };
    }
  }
  if (!best) return null;
  const n = best.node;
  return {
    headline: str(n.headline) ?? str(n.name),
    author: names(n.author ?? n.creator),
    datePublished: str(n.datePublished) ?? str(n.dateCreated),
    publisher: names(n.publisher),
    image: imageUrl(n.image ?? n.thumbnailUrl),
    articleBody: str(n.articleBody) ?? str(n.text),
    description: str(n.description),
    inLanguage: str(n.inLanguage),
    url: str(n.url) ?? str(n.mainEntityOfPage),
  };
}

function* flatten(data: unknown, depth = 0): Generator<Record<string, unknown>> {
  if (depth > 4 || data === null || typeof data !== 'object') return;
  if (Array.isArray(data)) {
    for (const item of data) yield* flatten(item, depth + 1);
    return;
  }
  const record = data as Record<string, unknown>;
  yield record;
  if (record['@graph']) yield* flatten(record['@graph'], depth + 1);
  if (record.mainEntity) yield* flatten(record.mainEntity, depth + 1);
}

function str(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return str(value[0]);
  if (value && typeof value === 'object') return str((value as Record<string, unknown>)['@id'] ?? (value as Record<string, unknown>)['url']);
  return null;
}

function names(value: unknown): string | null {
  const list = ([] as unknown[]).concat(value ?? []);
  const out: string[] = [];
  for (const item of list) {
    if (typeof item === 'string') out.push(item.trim());
    else if (item && typeof item === 'object') {
      const name = (item as Record<string, unknown>).name;
      if (typeof name === 'string') out.push(name.trim());
    }
  }
  const unique = [...new Set(out.filter((n) => n && !isWebUrl(n)))];
  return unique.length ? unique.join(', ') : null;
}

function imageUrl(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return imageUrl(value[0]);
  if (value && typeof value === 'object') return str((value as Record<string, unknown>).url) ?? str((value as Record<string, unknown>).contentUrl);
  return null;
}
