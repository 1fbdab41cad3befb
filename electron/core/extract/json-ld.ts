import { isWebUrl } from '../../shared/web-address.ts';
import type { DomElement } from './dom-types.ts';

/** The fields of a schema.org article that extraction uses. */
export interface JsonLdArticle {
  headline: string | null;
  /** People first: an Organization as author is often the publisher standing in for a missing byline. */
  authors: JsonLdAuthor[];
  datePublished: string | null;
  publisher: string | null;
  image: string | null;
  articleBody: string | null;
  description: string | null;
  inLanguage: string | null;
  url: string | null;
  /** Texts of the reader comments the page declares (Comment nodes), to keep them out of the body. */
  comments: string[];
}

export interface JsonLdAuthor {
  name: string;
  person: boolean;
  /** Found through an {"@id"} reference: often the CMS account that posted, less sure than a name written in place. */
  referenced: boolean;
}

const ARTICLE_TYPE = /^(?:\w+:)?(?:Article|NewsArticle|BlogPosting|Report|ScholarlyArticle|TechArticle|AnalysisNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|BackgroundNewsArticle|LiveBlogPosting|SocialMediaPosting|DiscussionForumPosting|Recipe|Review|CreativeWork|WebPage|MedicalWebPage|HowTo|Blog|Posting)$/;
const STRONG_TYPE = /Article|BlogPosting|Posting|Report|Recipe|Review|HowTo/;

/** Finds the most article-like object in the page's JSON-LD blocks (its <script type="application/ld+json">s), or null. */
export function readJsonLdArticle(scripts: DomElement[]): JsonLdArticle | null {
  let best: { node: Record<string, unknown>; rank: number } | null = null;
  const byId = new Map<string, Record<string, unknown>>();
  const comments: string[] = [];
  for (const script of scripts) {
    let data: unknown;
    try {
      // Some CMSs wrap the JSON in CDATA or HTML comments.
      data = JSON.parse((script.textContent ?? '').replace(/^\s*(?:<!--|\/\/<!\[CDATA\[)|(?:-->|\/\/\]\]>)\s*$/g, ''));
    } catch {
      continue;
    }
    for (const node of flatten(data)) {
      const id = node['@id'];
      if (typeof id === 'string' && !byId.has(id)) byId.set(id, node);
      const types = ([] as unknown[]).concat(node['@type'] ?? []).map(String);
      if (types.some((t) => /^(?:\w+:)?Comment$/.test(t))) {
        const text = str(node.text);
        if (text) comments.push(text);
        continue;
      }
      if (!types.some((t) => ARTICLE_TYPE.test(t))) continue;
      const rank = (types.some((t) => STRONG_TYPE.test(t)) ? 2 : 1) + (typeof node.articleBody === 'string' ? 1 : 0);
      if (!best || rank > best.rank) best = { node, rank };
    }
  }
  if (!best) return null;
  const n = best.node;
  return {
    headline: str(n.headline) ?? str(n.name),
    authors: authors(n.author ?? n.creator, byId),
    datePublished: str(n.datePublished) ?? str(n.dateCreated),
    publisher: names(n.publisher),
    image: imageUrl(n.image ?? n.thumbnailUrl),
    articleBody: str(n.articleBody) ?? str(n.text),
    description: str(n.description),
    inLanguage: str(n.inLanguage),
    url: str(n.url) ?? str(n.mainEntityOfPage),
    comments,
  };
}

/** Author names, following {"@id"} references into the rest of the graph (Yoast writes them so). */
function authors(value: unknown, byId: Map<string, Record<string, unknown>>): JsonLdAuthor[] {
  const out: JsonLdAuthor[] = [];
  for (const item of ([] as unknown[]).concat(value ?? [])) {
    if (typeof item === 'string') {
      out.push({ name: item.trim(), person: true, referenced: false });
      continue;
    }
    if (!item || typeof item !== 'object') continue;
    let record = item as Record<string, unknown>;
    const ref = record['@id'];
    const referenced = typeof record.name !== 'string' && typeof ref === 'string';
    if (referenced) record = byId.get(ref) ?? record;
    const name = typeof record.name === 'string' ? record.name.trim() : '';
    const types = ([] as unknown[]).concat(record['@type'] ?? []).map(String);
    if (name) out.push({ name, person: !types.some((t) => /Organization|Corporation|NewsMediaOrganization/.test(t)), referenced });
  }
  return out.filter((a) => a.name && !isWebUrl(a.name));
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
  if (record.comment) yield* flatten(record.comment, depth + 1);
}

/** A string, or the first of a list, or an object's @id or url: followed in a loop, since a page's JSON may nest without end. */
function str(value: unknown): string | null {
  for (let at = value, steps = 0; at && steps < MAX_STEPS; steps++) {
    if (typeof at === 'string') return at.trim() || null;
    if (Array.isArray(at)) at = at[0];
    else if (typeof at === 'object') at = (at as Record<string, unknown>)['@id'] ?? (at as Record<string, unknown>)['url'];
    else return null;
  }
  return null;
}

/** Real JSON-LD wraps a value in a list or an object two or three times at most. */
const MAX_STEPS = 16;

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
  let at = value;
  for (let steps = 0; Array.isArray(at) && steps < MAX_STEPS; steps++) at = at[0];
  if (typeof at === 'string') return at;
  if (at && typeof at === 'object' && !Array.isArray(at)) return str((at as Record<string, unknown>).url) ?? str((at as Record<string, unknown>).contentUrl);
  return null;
}
