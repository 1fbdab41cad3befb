/**
 * The article's title: its JSON-LD headline, else og:title (without a site-name tail), else
 * <title>. A <title> usually ends in " | Site", and the site name is not always declared, so the
 * page's own <h1> decides which part is the headline when it repeats one.
 */
export function pageTitle(sources: { headline: string | null; ogTitle: string | null; documentTitle: string; siteName: string | null; headings: Heading[] }): string | null {
  const { siteName, headings } = sources;
  if (sources.headline) return sources.headline;
  if (sources.ogTitle) return headingPart(sources.ogTitle, headings, siteName) ?? stripSiteName(sources.ogTitle, siteName);
  return cleanDocumentTitle(sources.documentTitle, siteName, headings);
}

const SEPARATOR = /\s+[|\-–—»·:]\s+/;

/** An <h1> of the page; `site` when it is the site's name rather than a headline. */
interface Heading {
  text: string;
  site: boolean;
}

/** og:title sometimes carries the brand too ("Headline | Site"); drop it when it names the site. */
function stripSiteName(title: string, siteName: string | null): string {
  if (!siteName) return title;
  const site = siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const stripped = title.replace(new RegExp(`\\s+[|\\-–—»·:]\\s+${site}\\s*$|^${site}\\s+[|\\-–—»·:]\\s+`, 'i'), '').trim();
  return stripped || title;
}

/** The title whole when an <h1> repeats it, else the part of a "Headline | Site" title that a headline <h1> repeats, if any. */
function headingPart(title: string, headings: Heading[], siteName: string | null): string | null {
  const trimmed = title.replace(/\s+/g, ' ').trim();
  // "Café — déjà vu" as both <title> and <h1> is a headline with a dash, not a headline plus a brand.
  if (headings.some((h) => h.text === trimmed)) return trimmed;
  const site = siteName?.toLowerCase();
  const headlines = headings.filter((h) => !h.site).map((h) => h.text);
  const parts = trimmed.split(SEPARATOR).filter((p) => p.toLowerCase() !== site && p.split(' ').length >= 2 && headlines.includes(p));
  return parts.reduce<string | null>((a, b) => (a && a.length >= b.length ? a : b), null);
}

/** Drops the " | Site name" tail that <title> usually carries. */
function cleanDocumentTitle(title: string, siteName: string | null, headings: Heading[]): string | null {
  const trimmed = title.replace(/\s+/g, ' ').trim();
  if (!trimmed) return null;
  const fromHeading = headingPart(trimmed, headings, siteName);
  if (fromHeading) return fromHeading;
  const parts = trimmed.split(SEPARATOR);
  if (parts.length < 2) return trimmed;
  if (siteName) {
    const kept = parts.filter((p) => p.toLowerCase() !== siteName.toLowerCase());
    if (kept.length && kept.length < parts.length) return kept.join(' - ');
  }
  // Keep the longest piece: the headline is almost always longer than the brand.
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  return longest.split(/\s+/).length >= 2 ? longest : trimmed;
}
