/**
 * The name the app shows in "Connect this browser?" and in its list of paired browsers, such as
 * "Chromium 131 on Linux": enough for a person to tell their browsers apart, nothing more.
 */

const OPERATING_SYSTEMS: [RegExp, string][] = [
  [/CrOS/, 'ChromeOS'],
  [/Android/, 'Android'],
  [/iPhone|iPad/, 'iOS'],
  [/Windows/, 'Windows'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/Linux|X11/, 'Linux'],
];

/** "Browser N on OS" from a user agent string (and Chromium's brand list, which names Edge, Brave, Opera…). */
export function describeBrowser(userAgent: string, brands: { brand: string; version: string }[] = []): string {
  const os = OPERATING_SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1] ?? 'this computer';
  const firefox = /Firefox\/(\d+)/.exec(userAgent);
  if (firefox) return `Firefox ${firefox[1]} on ${os}`;
  // A real brand, not the "Not A;Brand" decoy or the engine when a product is named too.
  const named = brands.filter((b) => !/not.?a.?brand/i.test(b.brand));
  const product = named.find((b) => b.brand !== 'Chromium') ?? named[0];
  if (product) return `${product.brand.replace(/^Google /, '')} ${product.version} on ${os}`;
  const edge = /Edg\/(\d+)/.exec(userAgent);
  if (edge) return `Edge ${edge[1]} on ${os}`;
  const chrome = /Chrom(?:e|ium)\/(\d+)/.exec(userAgent);
  return chrome ? `Chromium ${chrome[1]} on ${os}` : `A browser on ${os}`;
}
