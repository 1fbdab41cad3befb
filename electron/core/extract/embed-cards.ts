import { displayHost, isWebUrl } from '../../shared/web-address.ts';
import type { DomDocument, DomElement } from './dom-types.ts';

/**
 * Saved articles run no scripts and load nothing from the network, so a video player or a
 * tweet cannot work. Instead of a blank hole we leave a small card that links to it.
 */

const PROVIDERS: Array<{ pattern: RegExp; label: string }> = [
  { pattern: /(?:^|\.)(?:youtube(?:-nocookie)?\.com|youtu\.be)$/, label: 'Video' },
  { pattern: /(?:^|\.)vimeo\.com$/, label: 'Video' },
  { pattern: /(?:^|\.)dailymotion\.com$|(?:^|\.)dai\.ly$/, label: 'Video' },
  { pattern: /(?:^|\.)twitch\.tv$/, label: 'Video' },
  { pattern: /(?:^|\.)ted\.com$/, label: 'Video' },
  { pattern: /(?:^|\.)(?:twitter|x)\.com$/, label: 'Post' },
  { pattern: /(?:^|\.)instagram\.com$/, label: 'Post' },
  { pattern: /(?:^|\.)facebook\.com$/, label: 'Post' },
  { pattern: /(?:^|\.)tiktok\.com$/, label: 'Video' },
  { pattern: /(?:^|\.)soundcloud\.com$|(?:^|\.)spotify\.com$/, label: 'Audio' },
  { pattern: /(?:^|\.)codepen\.io$|(?:^|\.)jsfiddle\.net$/, label: 'Demo' },
  { pattern: /(?:^|\.)google\.[a-z.]+$/, label: 'Map' },
];

/** Replaces iframes, video/audio/object embeds and tweet blockquotes under `root` with link cards. */
export function replaceEmbeds(doc: DomDocument, root: DomElement): void {
  for (const tweet of root.querySelectorAll('blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed')) {
    const links = [...tweet.querySelectorAll('a[href]')];
    const href = links.at(-1)?.getAttribute('href') ?? tweet.getAttribute('cite') ?? tweet.getAttribute('data-instgrm-permalink');
    // The post's words are already in the page, so the card keeps them readable offline.
    const text = (tweet.querySelector('p')?.textContent ?? '').replace(/\s+/g, ' ').trim();
    replaceWithCard(doc, tweet, href, `Post: ${text.slice(0, 600) || 'embedded post'}`);
  }
  for (const frame of root.querySelectorAll('iframe, embed, object, video, audio')) {
    const tag = frame.localName;
    const src = frame.getAttribute('src') ?? frame.getAttribute('data-src') ?? frame.getAttribute('data') ?? frame.querySelector('source[src]')?.getAttribute('src') ?? null;
    const provider = src ? providerOf(src) : null;
    const title = (frame.getAttribute('title') ?? frame.getAttribute('aria-label') ?? '').replace(/\s+/g, ' ').trim();
    if (provider) replaceWithCard(doc, frame, watchUrl(src!), `${provider}: ${title || hostOf(src!)}`);
    else if ((tag === 'video' || tag === 'audio') && isWebUrl(src)) replaceWithCard(doc, frame, src, `${tag === 'video' ? 'Video' : 'Audio'}: ${title || hostOf(src)}`);
    else frame.remove();
  }
}

function replaceWithCard(doc: DomDocument, el: DomElement, href: string | null | undefined, label: string): void {
  if (!href || !/^(?:https?:)?\/\//i.test(href.trim())) {
    el.remove();
    return;
  }
  const card = doc.createElement('p');
  card.setAttribute('class', 'embed-card');
  const link = doc.createElement('a');
  link.setAttribute('href', href.trim().replace(/^\/\//, 'https://'));
  link.textContent = label;
  card.appendChild(link);
  el.replaceWith(card);
}

function providerOf(src: string): string | null {
  const host = hostOf(src);
  return PROVIDERS.find((p) => p.pattern.test(host))?.label ?? null;
}

/** Embeds often give protocol-relative sources ("//player.vimeo.com/…"). */
function hostOf(src: string): string {
  return displayHost(src.trim(), 'https://invalid.invalid') ?? '';
}

/** Embed URLs (youtube.com/embed/ID) open badly in a browser tab; link the watch page. */
function watchUrl(src: string): string {
  const url = src.trim().replace(/^\/\//, 'https://');
  const yt = /youtube(?:-nocookie)?\.com\/embed\/([\w-]{6,})/.exec(url);
  if (yt) return `https://www.youtube.com/watch?v=${yt[1]}`;
  const vimeo = /player\.vimeo\.com\/video\/(\d+)/.exec(url);
  if (vimeo) return `https://vimeo.com/${vimeo[1]}`;
  return url;
}
