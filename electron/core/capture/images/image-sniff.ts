/**
 * What an image really is, from its first bytes. The server's Content-Type is often wrong
 * (image/jpeg for a WebP, text/html for an error page), and the stored file's extension
 * decides how the app protocol serves it, so we trust the bytes.
 */

export type ImageKind = 'png' | 'jpg' | 'gif' | 'webp' | 'avif' | 'svg';

interface SniffedImage {
  kind: ImageKind;
  /** Intrinsic size when the header says it (not for SVG). */
  width: number | null;
  height: number | null;
}

function ascii(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + length));
}

function u16be(b: Uint8Array, i: number): number {
  return ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
}

function u32be(b: Uint8Array, i: number): number {
  return (u16be(b, i) * 65536) + u16be(b, i + 2);
}

function u16le(b: Uint8Array, i: number): number {
  return (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
}

function u24le(b: Uint8Array, i: number): number {
  return u16le(b, i) | ((b[i + 2] ?? 0) << 16);
}

/** Identifies PNG, JPEG, GIF, WebP, AVIF and SVG; anything else (HTML error pages included) is null. */
export function sniffImage(bytes: Uint8Array): SniffedImage | null {
  if (bytes.length >= 24 && bytes[0] === 0x89 && ascii(bytes, 1, 3) === 'PNG') {
    return { kind: 'png', width: u32be(bytes, 16), height: u32be(bytes, 20) };
  }
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return { kind: 'jpg', ...jpegSize(bytes) };
  if (bytes.length >= 10 && ascii(bytes, 0, 4) === 'GIF8') return { kind: 'gif', width: u16le(bytes, 6), height: u16le(bytes, 8) };
  if (bytes.length >= 16 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return { kind: 'webp', ...webpSize(bytes) };
  if (bytes.length >= 12 && ascii(bytes, 4, 4) === 'ftyp' && /^avi[fs]$/.test(ascii(bytes, 8, 4))) return { kind: 'avif', width: null, height: null };
  if (looksLikeSvg(bytes)) return { kind: 'svg', width: null, height: null };
  return null;
}

function jpegSize(b: Uint8Array): { width: number | null; height: number | null } {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return { width: null, height: null };
    const marker = b[i + 1]!;
    // Start-of-frame markers carry the size; C4 (DHT), C8 and CC are not frames.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: u16be(b, i + 5), width: u16be(b, i + 7) };
    }
    i += 2 + u16be(b, i + 2);
  }
  return { width: null, height: null };
}

function webpSize(b: Uint8Array): { width: number | null; height: number | null } {
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8X' && b.length >= 30) return { width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
  if (chunk === 'VP8 ' && b.length >= 30) return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
  if (chunk === 'VP8L' && b.length >= 25) {
    const bits = (b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24)) >>> 0;
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  return { width: null, height: null };
}

function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (!/^<(?:\?xml|!--|!doctype svg|svg)\b/i.test(head)) return false;
  return /<svg[\s>]/i.test(head);
}
