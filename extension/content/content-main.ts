/**
 * The content script, injected on demand (scripting.executeScript, only after the reader asked to save):
 * it defines one function in the extension's isolated world, which the background then calls. It waits
 * for the page to settle, serialises what the reader sees, and fetches the same-origin images with the
 * reader's cookies. It never runs by itself and keeps nothing after it answers.
 */
import type { CapturedImage } from '../api/api-types.ts';
import { fetchImages, sameOriginImageUrls, type PageFetch } from './collect-images.ts';
import { pageSettled } from './page-settle.ts';
import { serializeDocument } from './serialize-dom.ts';

/** What the content script hands back to the background. */
export interface PageCapture {
  url: string;
  title: string;
  html: string;
  selectionText: string;
  images: CapturedImage[];
}

const MB = 1024 * 1024;
// The listener takes 40 MB bodies; base64 grows bytes by a third, so images get what the HTML leaves.
const BODY_BUDGET = 36 * MB;
const EACH_IMAGE = 5 * MB;
const ALL_IMAGES = 25 * MB;

/** Firefox's content scripts fetch as the extension unless they use `content.fetch`, which acts as the page. */
function pageFetch(): PageFetch {
  const content = (globalThis as { content?: { fetch?: PageFetch } }).content;
  return content?.fetch ? content.fetch.bind(content) : (url, init) => fetch(url, init);
}

async function capturePage(wantSelection: boolean): Promise<PageCapture> {
  const selectionText = wantSelection ? (window.getSelection()?.toString() ?? '') : '';
  await pageSettled(window);
  const html = serializeDocument(document);
  const htmlBytes = new TextEncoder().encode(html).length;
  const room = Math.floor(((BODY_BUDGET - htmlBytes) * 3) / 4);
  const images = room > 0 ? await fetchImages(sameOriginImageUrls(document), pageFetch(), { eachBytes: EACH_IMAGE, totalBytes: Math.min(ALL_IMAGES, room) }) : [];
  return { url: location.href, title: document.title, html: htmlBytes <= BODY_BUDGET ? html : '', selectionText, images };
}

(globalThis as { __lecternCapture?: typeof capturePage }).__lecternCapture = capturePage;
