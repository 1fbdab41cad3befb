import { ErrorCode } from '../../../shared/errors.ts';
import type { AssetStore } from './asset-store.ts';
import type { FetchImage } from './fetch-image.ts';
import { sniffImage } from './image-sniff.ts';
import { sanitizeSvg } from './sanitize-svg.ts';
import { isBeaconUrl, isPixelImage } from './tracking-pixels.ts';

/** What became of one image URL. */
export type ImageOutcome =
  | { kind: 'stored'; name: string; bytes: number }
  | { kind: 'pixel' }
  | { kind: 'failed'; reason: string };

/** Shared by every image of one article: the byte budget and what has been spent. */
export interface ImageBudget {
  perImage: number;
  remaining: number;
}

function decodeDataUrl(url: string, maxBytes: number): Uint8Array {
  const comma = url.indexOf(',');
  if (comma < 0) throw new Error('malformed data URL');
  const meta = url.slice(5, comma);
  const payload = url.slice(comma + 1);
  // Base64 is 4 characters per 3 bytes; checking before decoding keeps a huge inline image cheap to refuse.
  if (payload.length * 0.75 > maxBytes) throw new Error('too large');
  return /;base64$/i.test(meta) ? Buffer.from(payload, 'base64') : Buffer.from(decodeURIComponent(payload), 'utf8');
}

interface DownloadContext {
  fetchImage: FetchImage;
  store: AssetStore;
  budget: ImageBudget;
  referer: string;
  signal?: AbortSignal;
  /** Hosts that could not be reached: their other images fail at once instead of each waiting out a timeout. */
  deadHosts: Set<string>;
}

const HOST_DOWN = new Set<string>([ErrorCode.unreachable, ErrorCode.timeout, ErrorCode.blockedAddress]);

function hostKey(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

/** Fetches (or decodes) one image, checks it really is one, sanitizes SVG and stores it. Never throws. */
export async function downloadImage(url: string, context: DownloadContext): Promise<ImageOutcome> {
  const inline = /^data:/i.test(url);
  if (!inline && isBeaconUrl(url)) return { kind: 'pixel' };
  const { budget } = context;
  const maxBytes = Math.min(budget.perImage, budget.remaining);
  if (maxBytes <= 0) return { kind: 'failed', reason: 'the article reached its image size limit' };
  if (context.signal?.aborted) return { kind: 'failed', reason: 'out of time' };
  if (!inline && context.deadHosts.has(hostKey(url))) return { kind: 'failed', reason: 'its server could not be reached' };
  try {
    const bytes = /^data:/i.test(url)
      ? decodeDataUrl(url, maxBytes)
      : (await context.fetchImage(url, { maxBytes, signal: context.signal, referer: context.referer })).bytes;
    if (bytes.byteLength > maxBytes) return { kind: 'failed', reason: 'too large' };
    const sniffed = sniffImage(bytes);
    if (!sniffed) return { kind: 'failed', reason: 'not an image' };
    if (isPixelImage(sniffed.width, sniffed.height)) return { kind: 'pixel' };
    let stored: Uint8Array = bytes;
    if (sniffed.kind === 'svg') {
      const clean = sanitizeSvg(Buffer.from(bytes).toString('utf8'));
      if (!clean) return { kind: 'failed', reason: 'unusable SVG' };
      stored = Buffer.from(clean, 'utf8');
    }
    // Checked again after the wait: other images of the article may have spent the budget meanwhile.
    if (stored.byteLength > budget.remaining) return { kind: 'failed', reason: 'the article reached its image size limit' };
    budget.remaining -= stored.byteLength;
    const name = await context.store.put(stored, sniffed.kind);
    return { kind: 'stored', name, bytes: stored.byteLength };
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (!inline && code && HOST_DOWN.has(code)) context.deadHosts.add(hostKey(url));
    return { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
  }
}
