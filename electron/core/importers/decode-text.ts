import chardet from 'chardet';
import iconv from 'iconv-lite';
import { readUnicodeSignature } from './unicode-signature.ts';

interface DecodedText {
  text: string;
  /** The encoding the bytes were read as (an iconv-lite name), for logs and tests. */
  encoding: string;
}

// WHATWG reads these labels as supersets that fill the holes legacy pages really use
// (curly quotes in windows-1252, NEC/IBM extensions in CP932).
const LABEL_ALIASES: Record<string, string> = {
  'ascii': 'windows-1252', 'us-ascii': 'windows-1252', 'iso-8859-1': 'windows-1252', 'iso8859-1': 'windows-1252',
  'latin1': 'windows-1252', 'latin-1': 'windows-1252', 'l1': 'windows-1252', 'cp1252': 'windows-1252',
  'iso-8859-8': 'windows-1255', 'iso-8859-8-i': 'windows-1255', 'iso-8859-9': 'windows-1254', 'latin5': 'windows-1254', 'tis-620': 'windows-874', 'iso-8859-11': 'windows-874',
  'shift_jis': 'cp932', 'shift-jis': 'cp932', 'sjis': 'cp932', 'x-sjis': 'cp932', 'ms_kanji': 'cp932', 'windows-31j': 'cp932',
  'gb2312': 'gb18030', 'gbk': 'gb18030', 'x-gbk': 'gb18030', 'gb_2312-80': 'gb18030', 'euc-cn': 'gb18030',
  'euc-kr': 'cp949', 'ks_c_5601-1987': 'cp949', 'big5-hkscs': 'big5hkscs', 'x-mac-roman': 'macintosh',
};

/** The iconv-lite codec for a charset label, or null when the label names nothing usable here. */
export function codecForLabel(label: string): string | null {
  const clean = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (!clean) return null;
  const codec = LABEL_ALIASES[clean] ?? clean;
  // A document cannot declare itself UTF-16 in ASCII bytes; WHATWG reads such pages as UTF-8.
  if (/^utf-?16/.test(codec)) return 'utf-8';
  return iconv.encodingExists(codec) || nativeDecoder(codec) ? codec : null;
}

// iconv-lite lacks the stateful ISO-2022 encodings; Node's own decoder (full ICU) has them.
function nativeDecoder(codec: string): InstanceType<typeof TextDecoder> | null {
  try {
    return new TextDecoder(codec);
  } catch {
    return null;
  }
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decodeUtf8Strict(bytes: Uint8Array): string | null {
  try {
    return utf8Strict.decode(bytes);
  } catch {
    return null;
  }
}

function decodeWith(bytes: Uint8Array, codec: string): string {
  if (codec === 'utf-8') return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  if (iconv.encodingExists(codec)) return iconv.decode(bytes as Buffer, codec, { stripBOM: false });
  return (nativeDecoder(codec) ?? new TextDecoder('windows-1252')).decode(bytes);
}

const PRESCAN_BYTES = 8192;

/** The charset a page declares in its first bytes: `<meta charset>`, `http-equiv` content, or an XML declaration. */
export function declaredCharset(bytes: Uint8Array): string | null {
  // The HTML spec prescans 1024 bytes, but real pages put long scripts and styles before their meta tag.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN_BYTES)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml?.[1]) return xml[1];
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return meta?.[1] ?? null;
}

// ISO-2022 encodings are 7-bit, so they pass as valid UTF-8: their escape sequences give them away.
// oxlint-disable-next-line no-control-regex -- the escape byte is exactly what is looked for
const ISO_2022_ESCAPE = /\x1b[$(][@-Z]/;

// Central European, Turkish and Baltic code pages share most bytes with windows-1252, and the
// detector confuses them on short text ("Ça va" scores as Baltic).
const OTHER_LATIN_CODECS = /^(windows-125[0478]|iso-8859-(2|3|4|9|10|13|14|15|16))$/;
const WESTERN_LETTERS = /[\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF\u2018\u2019\u201C\u201D\u2013\u2014\u2026\u20AC\u00AB\u00BB\u00B0\u00A0\u00B7\u00A9]/;

/** Whether nearly every non-ASCII character, read as windows-1252, is a common Western letter or sign. */
function readsAsWestern(sample: Uint8Array): boolean {
  const text = decodeWith(sample, 'windows-1252');
  let nonAscii = 0;
  let western = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) continue;
    nonAscii++;
    if (WESTERN_LETTERS.test(ch)) western++;
  }
  return nonAscii > 0 && western / nonAscii >= 0.9;
}

function detectLegacy(bytes: Uint8Array): string {
  // The detector needs only a sample; a whole megabyte would make it the slowest step of an import.
  const sample = bytes.length > 65536 ? bytes.subarray(0, 65536) : bytes;
  for (const match of chardet.analyse(sample)) {
    if (match.confidence < 10) break;
    const codec = codecForLabel(match.name);
    if (!codec || codec === 'utf-8' || /^utf-?(16|32)/.test(codec)) continue;
    // Short Western text sometimes scores as a multibyte Asian encoding; real Asian text scores
    // near 100, so keep such a guess only when it is confident and decodes cleanly.
    if (/^(cp932|euc-jp|gb18030|big5|big5hkscs|cp949|iso-2022)/.test(codec)) {
      if (match.confidence < 50 || decodeWith(sample, codec).includes('\uFFFD')) continue;
    }
    if (OTHER_LATIN_CODECS.test(codec) && readsAsWestern(sample)) return 'windows-1252';
    return codec;
  }
  // Windows-1252 maps every byte to a character, and is what most undeclared legacy text is.
  return 'windows-1252';
}

/**
 * Decodes file bytes to text: a BOM wins, then valid UTF-8, then the charset the document declares
 * (HTML and XML), then a detector's best guess among legacy encodings. Never fails; undecodable
 * bytes become U+FFFD.
 */
export function decodeText(bytes: Uint8Array, options: { markup?: boolean } = {}): DecodedText {
  const signature = readUnicodeSignature(bytes);
  if (signature) {
    const body = bytes.subarray(signature.skip);
    return { text: decodeWith(body, signature.encoding), encoding: signature.encoding };
  }
  const utf8 = decodeUtf8Strict(bytes);
  if (utf8 !== null && !ISO_2022_ESCAPE.test(utf8)) return { text: utf8, encoding: 'utf-8' };
  if (options.markup) {
    const declared = declaredCharset(bytes);
    const codec = declared ? codecForLabel(declared) : null;
    if (codec && codec !== 'utf-8') return { text: decodeWith(bytes, codec), encoding: codec };
  }
  const codec = detectLegacy(bytes);
  return { text: decodeWith(bytes, codec), encoding: codec };
}
