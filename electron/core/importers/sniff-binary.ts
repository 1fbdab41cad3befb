import { readUnicodeSignature } from './unicode-signature.ts';

/** What a file that is not text looks like, as told to a person. */
type BinarySniff =
  /** A recognised format: `what` reads well after "This looks like", e.g. "a PDF". */
  | { kind: 'known'; what: string; hint: string | null }
  /** Bytes that are not text, in no format Lectern knows by its signature. */
  | { kind: 'unknown' };

interface Signature {
  offset: number;
  bytes: readonly number[];
  what: string;
  hint?: string;
  /** Formats whose signature is plain ASCII but whose files may be all text (PDF, RTF). */
  textual?: boolean;
}

const ascii = (text: string): number[] => Array.from(text, (ch) => ch.charCodeAt(0));

// Signatures ("magic numbers") of the formats people most often drop by mistake.
const SIGNATURES: readonly Signature[] = [
  { offset: 0, bytes: ascii('%PDF-'), what: 'a PDF', textual: true, hint: 'Copy its text and paste it, or save it as text or HTML first.' },
  { offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: 'a PNG image' },
  { offset: 0, bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { offset: 0, bytes: ascii('GIF87a'), what: 'a GIF image' },
  { offset: 0, bytes: ascii('GIF89a'), what: 'a GIF image' },
  { offset: 0, bytes: [0x49, 0x49, 0x2a, 0x00], what: 'a TIFF image' },
  { offset: 0, bytes: [0x4d, 0x4d, 0x00, 0x2a], what: 'a TIFF image' },
  { offset: 0, bytes: [0x00, 0x00, 0x01, 0x00], what: 'an icon file' },
  { offset: 0, bytes: ascii('8BPS'), what: 'a Photoshop image' },
  { offset: 0, bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an older Microsoft Office document (.doc, .xls or .ppt)', hint: 'Save it as HTML or plain text first.' },
  { offset: 0, bytes: ascii('{\\rtf'), what: 'a Rich Text (RTF) document', textual: true, hint: 'Save it as HTML or plain text first.' },
  { offset: 0, bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { offset: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7-Zip archive' },
  { offset: 0, bytes: ascii('Rar!'), what: 'a RAR archive' },
  { offset: 0, bytes: ascii('BZh'), what: 'a bzip2 archive' },
  { offset: 0, bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], what: 'an xz archive' },
  { offset: 0, bytes: [0x28, 0xb5, 0x2f, 0xfd], what: 'a Zstandard archive' },
  { offset: 257, bytes: ascii('ustar'), what: 'a tar archive' },
  { offset: 0, bytes: ascii('ID3'), what: 'an MP3 audio file' },
  { offset: 0, bytes: ascii('OggS'), what: 'an Ogg audio or video file' },
  { offset: 0, bytes: ascii('fLaC'), what: 'a FLAC audio file' },
  { offset: 0, bytes: [0x1a, 0x45, 0xdf, 0xa3], what: 'a Matroska or WebM video' },
  { offset: 0, bytes: ascii('SQLite format 3'), what: 'an SQLite database' },
  { offset: 0, bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'a program (ELF executable)' },
  { offset: 0, bytes: ascii('MZ'), what: 'a Windows program' },
  { offset: 0, bytes: [0xcf, 0xfa, 0xed, 0xfe], what: 'a macOS program' },
  { offset: 0, bytes: ascii('wOFF'), what: 'a web font' },
  { offset: 0, bytes: ascii('wOF2'), what: 'a web font' },
  { offset: 0, bytes: ascii('BOOKMOBI'), what: 'a Kindle e-book' },
];

function startsWithAt(bytes: Uint8Array, offset: number, expected: readonly number[]): boolean {
  if (bytes.length < offset + expected.length) return false;
  for (let i = 0; i < expected.length; i++) if (bytes[offset + i] !== expected[i]) return false;
  return true;
}

/** Latin-1 view of the first bytes, for finding ASCII markers inside containers. */
function asciiWindow(bytes: Uint8Array, start: number, length: number): string {
  const end = Math.min(bytes.length, start + length);
  let out = '';
  for (let i = start; i < end; i++) out += String.fromCharCode(bytes[i] ?? 0);
  return out;
}

// A zip is also the container of EPUB and of modern office documents; its entry names tell which.
function describeZip(bytes: Uint8Array): { what: string; hint: string | null } {
  const head = asciiWindow(bytes, 0, 65536);
  const saveFirst = 'Save it as HTML or plain text first.';
  if (head.includes('application/epub+zip')) return { what: 'an EPUB e-book', hint: null };
  if (head.includes('application/vnd.oasis.opendocument.text')) return { what: 'an OpenDocument text document (.odt)', hint: saveFirst };
  if (head.includes('application/vnd.oasis.opendocument')) return { what: 'an OpenDocument file', hint: saveFirst };
  if (head.includes('word/')) return { what: 'a Word document (.docx)', hint: saveFirst };
  if (head.includes('xl/')) return { what: 'an Excel spreadsheet (.xlsx)', hint: null };
  if (head.includes('ppt/')) return { what: 'a PowerPoint presentation (.pptx)', hint: null };
  return { what: 'a ZIP archive', hint: 'Unpack it and import the files inside.' };
}

// RIFF containers name their content at byte 8.
function describeRiff(bytes: Uint8Array): string | null {
  if (!startsWithAt(bytes, 0, ascii('RIFF'))) return null;
  const form = asciiWindow(bytes, 8, 4);
  if (form === 'WEBP') return 'a WebP image';
  if (form === 'WAVE') return 'a WAV audio file';
  if (form === 'AVI ') return 'an AVI video';
  return 'a media file';
}

// ISO-BMFF (MP4, MOV, HEIC, AVIF) keeps its brand after "ftyp" at byte 4.
function describeIsoMedia(bytes: Uint8Array): string | null {
  if (!startsWithAt(bytes, 4, ascii('ftyp'))) return null;
  const brand = asciiWindow(bytes, 8, 4);
  if (/^(heic|heix|mif1|msf1|hevc)/.test(brand)) return 'a HEIC photo';
  if (/^avi[fs]/.test(brand)) return 'an AVIF image';
  if (brand.startsWith('M4A')) return 'an M4A audio file';
  return 'a video file';
}

// Text never holds NUL and rarely other C0 controls; some binary formats have few of either in
// their first bytes, so both are weighed over a sample.
function looksLikeBinaryData(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, 8192);
  if (length === 0) return false;
  let nul = 0;
  let control = 0;
  for (let i = 0; i < length; i++) {
    const byte = bytes[i] ?? 0;
    if (byte === 0) nul++;
    // Tab, LF, VT, FF, CR and ESC (used by ISO-2022 encodings) are normal in text.
    else if (byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 11 && byte !== 12 && byte !== 13 && byte !== 27) control++;
    else if (byte === 0x7f) control++;
  }
  return nul > 0 && nul / length > 0.001 ? true : (nul + control) / length > 0.1;
}

/** Tells whether bytes are something other than text, and what they look like when known. */
export function sniffBinary(bytes: Uint8Array): BinarySniff | null {
  if (startsWithAt(bytes, 0, [0x50, 0x4b, 0x03, 0x04]) || startsWithAt(bytes, 0, [0x50, 0x4b, 0x05, 0x06])) {
    return { kind: 'known', ...describeZip(bytes) };
  }
  const media = describeIsoMedia(bytes) ?? describeRiff(bytes);
  if (media) return { kind: 'known', what: media, hint: null };
  for (const signature of SIGNATURES) {
    if (startsWithAt(bytes, signature.offset, signature.bytes)) {
      // A printable signature ("MZ", "BZh", "ID3"…) can open a real text file: trust it only with binary content.
      const printable = signature.bytes.every((b) => b >= 0x20 && b <= 0x7e);
      if (printable && !signature.textual && !looksLikeBinaryData(bytes)) continue;
      return { kind: 'known', what: signature.what, hint: signature.hint ?? null };
    }
  }
  if (readUnicodeSignature(bytes)) return null;
  const head = asciiWindow(bytes, 0, 512).trimStart().toLowerCase();
  if (head.startsWith('<svg') || (head.startsWith('<?xml') && head.includes('<svg'))) {
    return { kind: 'known', what: 'an SVG image', hint: null };
  }
  return looksLikeBinaryData(bytes) ? { kind: 'unknown' } : null;
}
