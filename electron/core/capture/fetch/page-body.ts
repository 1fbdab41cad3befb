/**
 * What a downloaded page's bytes really are, whatever its Content-Type says. Servers misdeclare: a PDF
 * comes as text/html (it was saved as an article titled "%PDF-1.7…"), and a UTF-16 page comes with no
 * charset (the HTML decoder then reads it byte by byte and every other character is a NUL).
 */
import { sniffBinary } from '../../importers/sniff-binary.ts';
import { readUnicodeSignature } from '../../importers/unicode-signature.ts';
import { webErrors } from './web-error.ts';

/** Refuses a body that is a known non-text format (PDF, image, archive…) even when it is typed as HTML. */
export function refuseBinaryBody(url: string, bytes: Uint8Array): void {
  const sniffed = sniffBinary(bytes);
  if (sniffed?.kind === 'known') throw webErrors.notHtmlBytes(url, sniffed.what);
}

/**
 * A UTF-16 or UTF-32 page (with or without a byte-order mark) as UTF-8 bytes, with its Content-Type saying
 * so; any other page unchanged. Decoding stays in one place (the extractor), which then only sees UTF-8.
 */
export function asUtf8Page(bytes: Uint8Array, contentType: string): { bytes: Uint8Array; contentType: string } {
  const signature = readUnicodeSignature(bytes);
  if (!signature || signature.encoding === 'utf-8') return { bytes, contentType };
  const text = decodeWide(bytes.subarray(signature.skip), signature.encoding);
  const type = contentType.split(';')[0]?.trim() || 'text/html';
  // The page's own <meta charset="utf-16"> would now be wrong; the header wins over it.
  return { bytes: new TextEncoder().encode(text), contentType: `${type}; charset=utf-8` };
}

function decodeWide(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be'): string {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return new TextDecoder(encoding).decode(bytes);
  // TextDecoder has no UTF-32; it is rare enough on the web to read by hand.
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength - (bytes.byteLength % 4));
  let text = '';
  for (let offset = 0; offset < view.byteLength; offset += 4) {
    const point = view.getUint32(offset, encoding === 'utf-32le');
    text += point <= 0x10ffff && (point < 0xd800 || point > 0xdfff) ? String.fromCodePoint(point) : '\uFFFD';
  }
  return text;
}
