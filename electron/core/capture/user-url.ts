/**
 * Tidies an address as people type or paste it: surrounding spaces and angle brackets go,
 * and a bare "example.com/post" gets https:// in front. Anything else is left for the fetcher
 * to accept or refuse with a clear message.
 */
export function normalizeUserUrl(input: string): string {
  const trimmed = input.trim().replace(/^<(.*)>$/, '$1').trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !/^[^/:]+\.[^/:]+:\d+(?:\/|$)/.test(trimmed)) return trimmed;
  if (trimmed.startsWith('//')) return `https:${trimmed}`;
  if (/^[\w-]+(?:\.[\w-]+)+(?::\d+)?(?:[/?#]|$)/.test(trimmed)) return `https://${trimmed}`;
  return trimmed;
}

/** Splits pasted text into the http(s) addresses it contains, one per line or separated by spaces. */
export function splitUrls(text: string): string[] {
  return [...new Set(text.split(/[\s,]+/).map(normalizeUserUrl).filter((url) => /^https?:\/\/\S+$/i.test(url)))];
}
