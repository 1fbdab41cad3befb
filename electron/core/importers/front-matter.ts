import { parse as parseYaml } from 'yaml';
import { isWebUrl } from '../../shared/web-address.ts';
import { normalizeMetadataDate } from './parse-date.ts';

/** What a Markdown file's front matter says about the article. */
interface FrontMatter {
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  siteName: string | null;
  canonicalUrl: string | null;
  leadImage: string | null;
}

interface SplitFrontMatter {
  frontMatter: FrontMatter | null;
  /** The Markdown after the front matter. */
  body: string;
}

const YAML_BLOCK = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
const TOML_BLOCK = /^\+\+\+[ \t]*\n([\s\S]*?)\n\+\+\+[ \t]*(?:\n|$)/;

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  return null;
}

/** Authors come as a string, a list, or objects with a name ("author: {name: Jane}"). */
function authorsOf(value: unknown): string | null {
  const names = (Array.isArray(value) ? value : [value])
    .map((entry) => text(entry) ?? (entry && typeof entry === 'object' ? text((entry as Record<string, unknown>).name) : null))
    .filter((name): name is string => name !== null);
  return names.length ? names.join(', ') : null;
}

function absoluteUrl(value: unknown): string | null {
  const candidate = text(value);
  return isWebUrl(candidate) ? candidate : null;
}

/** A BCP 47 tag from "en", "pt_BR" or "pt-br"; null for anything that is not a language tag. */
export function normalizeLang(value: unknown): string | null {
  const candidate = text(value)?.replace(/_/g, '-');
  if (!candidate || !/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(candidate)) return null;
  const [language = '', ...rest] = candidate.split('-');
  return [language.toLowerCase(), ...rest.map((part) => (part.length === 2 ? part.toUpperCase() : part))].join('-');
}

function first(data: Record<string, unknown>, keys: readonly string[]): unknown {
  for (const key of keys) if (data[key] !== undefined && data[key] !== null) return data[key];
  return undefined;
}

function readFields(data: Record<string, unknown>): FrontMatter {
  const dir = text(data.dir)?.toLowerCase();
  return {
    title: text(first(data, ['title', 'Title', 'name'])),
    byline: authorsOf(first(data, ['author', 'authors', 'Author', 'by', 'byline', 'creator'])),
    publishedAt: normalizeMetadataDate(first(data, ['date', 'Date', 'published', 'publishDate', 'pubDate', 'published_at', 'created', 'created_at'])),
    lang: normalizeLang(first(data, ['lang', 'language', 'locale'])),
    dir: dir === 'rtl' || dir === 'ltr' ? dir : null,
    siteName: text(first(data, ['site', 'site_name', 'siteName', 'publication', 'source_name'])),
    canonicalUrl: absoluteUrl(first(data, ['canonical_url', 'canonicalUrl', 'canonical', 'url', 'source', 'link'])),
    leadImage: absoluteUrl(first(data, ['image', 'cover', 'cover_image', 'coverImage', 'banner', 'thumbnail', 'featured_image'])),
  };
}

/** Just the simple `key = "value"` lines of TOML front matter (Hugo); nested tables are ignored. */
function parseTomlLines(block: string): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const line of block.split('\n')) {
    const match = /^\s*([A-Za-z_][\w-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|(\d{4}-\d{2}-\d{2}[^\s#]*)|\[(.*)\])\s*(?:#.*)?$/.exec(line);
    if (!match?.[1]) continue;
    const list = match[5]?.match(/"((?:[^"\\]|\\.)*)"|'([^']*)'/g)?.map((item) => item.slice(1, -1));
    data[match[1]] = match[2] ?? match[3] ?? match[4] ?? list;
  }
  return data;
}

/**
 * Separates YAML (---) or TOML (+++) front matter from a Markdown document and reads the fields
 * an article needs. Front matter that starts like YAML but does not parse is still removed, so it
 * never shows as text.
 */
export function splitFrontMatter(markdown: string): SplitFrontMatter {
  const source = markdown.replace(/\r\n?/g, '\n');
  const yaml = YAML_BLOCK.exec(source);
  if (yaml) {
    const block = yaml[1] ?? '';
    let data: unknown = null;
    let broken = false;
    try {
      data = parseYaml(block, { maxAliasCount: 50 });
    } catch {
      broken = true;
    }
    if (data && typeof data === 'object' && !Array.isArray(data)) {
      return { frontMatter: readFields(data as Record<string, unknown>), body: source.slice(yaml[0].length) };
    }
    // Text between two rules is not front matter unless it at least starts like a YAML mapping.
    if (broken && /^[\w-]+\s*:/.test(block)) return { frontMatter: null, body: source.slice(yaml[0].length) };
    return { frontMatter: null, body: source };
  }
  const toml = TOML_BLOCK.exec(source);
  if (toml) return { frontMatter: readFields(parseTomlLines(toml[1] ?? '')), body: source.slice(toml[0].length) };
  return { frontMatter: null, body: source };
}
