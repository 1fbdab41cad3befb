/**
 * Images that exist to tell someone the article was read. A saved article must never phone
 * home, and a placeholder for a beacon would be noise, so these are dropped without a trace.
 */
const BEACON_DOMAINS = [
  'pixel.wp.com', 'stats.wp.com', 'google-analytics.com', 'doubleclick.net', 'googleadservices.com',
  'googletagmanager.com', 'googlesyndication.com', 'bat.bing.com', 'px.ads.linkedin.com', 'analytics.twitter.com',
  'scorecardresearch.com', 'quantserve.com', 'mathtag.com', 'chartbeat.net', 'pixel.parsely.com',
  'mc.yandex.ru', 'counter.yadro.ru', 'top-fwz1.mail.ru', 'pi.pardot.com', 'track.hubspot.com', 'ct.pinterest.com',
  'q.quora.com', 'analytics.tiktok.com', 'sp.analytics.yahoo.com', 'adsafeprotected.com', 'moatads.com',
  'omtrdc.net', '2o7.net', 'demdex.net', 'krxd.net', 'bluekai.com', 'adnxs.com', 'rlcdn.com', 'hotjar.com',
  'newrelic.com', 'nr-data.net', 'segment.io', 'mixpanel.com', 'amplitude.com', 'list-manage.com',
];

/** Paths that only beacons use, whatever the host (Facebook's /tr, Feedburner's ~r, "1x1.gif"). */
const BEACON_PATH = /(?:^\/tr\/?$|\/~r\/|\/1x1\.(?:gif|png)$|\/(?:pixel|beacon|spacer|blank|clear|transparent)\.gif$|\/open\.(?:gif|png)$)/i;

/** True for an image URL that is a known tracking beacon. */
export function isBeaconUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const host = parsed.hostname.toLowerCase();
  if (BEACON_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`))) return true;
  if (host === 'www.facebook.com' && parsed.pathname.startsWith('/tr')) return true;
  return BEACON_PATH.test(parsed.pathname);
}

/** True when declared width or height is 2 px or less: a pixel, not a picture. */
export function hasPixelSize(width: string | null, height: string | null): boolean {
  const tiny = (value: string | null) => value !== null && /^\s*\d+(?:\.\d+)?\s*(?:px)?\s*$/i.test(value) && parseFloat(value) <= 2;
  return tiny(width) || tiny(height);
}

/** True for decoded pixel dimensions of a tracking image. */
export function isPixelImage(width: number | null, height: number | null): boolean {
  return width !== null && height !== null && width <= 2 && height <= 2;
}
