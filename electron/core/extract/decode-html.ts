import chardet from 'chardet';

/**
 * Turns the raw bytes of a web page into text. Order of trust follows the HTML spec's
 * encoding sniffing (BOM, then the HTTP header, then a <meta> prescan), with two corrections
 * that real pages need: bytes that are valid UTF-8 are read as UTF-8 whatever the page claims
 * (legacy text is almost never valid UTF-8 by accident, while "iso-8859-1" on a UTF-8 page is
 * common), and a page that claims UTF-8 but is not goes to a statistical detector.
 */

interface DecodedHtml {
  text: string;
  /** WHATWG encoding name actually used. */
  encoding: string;
  /** Where the encoding came from, for debugging and tests. */
  source: 'bom' | 'header' | 'meta' | 'utf8-valid' | 'detector' | 'default';
}

const PRESCAN_BYTES = 8192;

/** Decodes page bytes using BOM, Content-Type charset, meta charset and byte statistics. */
export function decodeHtml(bytes: Uint8Array, contentType?: string): DecodedHtml {
  const bom = sniffBom(bytes);
  if (bom) return { text: decode(bytes.subarray(bom.length), bom.encoding), encoding: bom.encoding, source: 'bom' };

  const fromHeader = normalizeLabel(charsetFromContentType(contentType));
  const fromMeta = fromHeader ? null : normalizeLabel(prescanMetaCharset(bytes));
  const declared = fromHeader ?? fromMeta;
  const declaredSource = fromHeader ? 'header' : 'meta';

  // UTF-16 declared inside an ASCII-compatible prescan is impossible per spec; treat as UTF-8.
  const usable = declared === 'utf-16le' || declared === 'utf-16be' ? 'utf-8' : declared;
  const utf8 = utf8Status(bytes);

  if (utf8 === 'valid-multibyte' && usable !== 'utf-8') {
    // A declared multi-byte CJK charset could in theory be valid UTF-8 too, but such text is
    // short and rare; real pages with valid UTF-8 bytes are UTF-8.
    return { text: decode(bytes, 'utf-8'), encoding: 'utf-8', source: 'utf8-valid' };
  }
  if (usable && !(usable === 'utf-8' && utf8 === 'invalid' && !mostlyUtf8(bytes))) {
    return { text: decode(bytes, usable), encoding: usable, source: declaredSource };
  }
  if (utf8 !== 'invalid' || mostlyUtf8(bytes)) return { text: decode(bytes, 'utf-8'), encoding: 'utf-8', source: 'default' };
  const detected = detectEncoding(bytes);
  return { text: decode(bytes, detected), encoding: detected, source: 'detector' };
}

function sniffBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  return null;
}

/** Reads `charset=` from a Content-Type header value. */
export function charsetFromContentType(contentType: string | undefined | null): string | null {
  if (!contentType) return null;
  const match = /charset\s*=\s*["']?([^"';\s,]+)/i.exec(contentType);
  return match?.[1] ?? null;
}

/** Finds a charset in <meta charset>, <meta http-equiv=content-type> or an XML declaration. */
export function prescanMetaCharset(bytes: Uint8Array): string | null {
  // latin1 maps each byte to one char, so ASCII markup survives whatever the real encoding is.
  const head = latin1(bytes.subarray(0, PRESCAN_BYTES));
  const xml = /^\s*<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/i.exec(head);
  const withoutComments = head.replace(/<!--[\s\S]*?-->/g, '');
  for (const tag of withoutComments.matchAll(/<meta\b[^>]*>/gi)) {
    const text = tag[0];
    const direct = /\bcharset\s*=\s*["']?\s*([^"'\s/>;]+)/i.exec(text);
    if (direct && !/\bcontent\s*=/i.test(text.slice(0, direct.index))) return direct[1] ?? null;
    if (/http-equiv\s*=\s*["']?content-type/i.test(text)) {
      const content = /\bcontent\s*=\s*(["'])(.*?)\1/i.exec(text)?.[2] ?? /\bcontent\s*=\s*([^\s>]+)/i.exec(text)?.[1];
      const found = charsetFromContentType(content);
      if (found) return found;
    }
    if (direct) return direct[1] ?? null;
  }
  return xml?.[1] ?? null;
}

/** Maps a charset label to the WHATWG encoding name TextDecoder uses, or null when unknown. */
export function normalizeLabel(label: string | null | undefined): string | null {
  if (!label) return null;
  const cleaned = label.trim().toLowerCase();
  try {
    return new TextDecoder(cleaned).encoding;
  } catch {
    const alias = LABEL_ALIASES[cleaned.replace(/[^a-z0-9]/g, '')];
    return alias ?? null;
  }
}

// Labels seen in the wild that TextDecoder does not know.
const LABEL_ALIASES: Record<string, string> = {
  utf8: 'utf-8',
  win1252: 'windows-1252',
  win1251: 'windows-1251',
  cp1250: 'windows-1250',
  cp1251: 'windows-1251',
  cp1252: 'windows-1252',
  sjis: 'shift_jis',
  shiftjis: 'shift_jis',
  gb2312: 'gbk',
};

function detectEncoding(bytes: Uint8Array): string {
  const guess = chardet.detect(bytes.subarray(0, 65536));
  return normalizeLabel(guess) ?? 'windows-1252';
}

type Utf8Status = 'ascii' | 'valid-multibyte' | 'invalid';

/** Strict UTF-8 validation without allocating (overlongs and surrogates count as invalid). */
function utf8Status(bytes: Uint8Array): Utf8Status {
  let multibyte = false;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return 'invalid';
    // A sequence cut off by the end of a truncated download is not evidence against UTF-8.
    if (i + need >= n) return 'valid-multibyte';
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return 'invalid';
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 'invalid';
    multibyte = true;
    i += need + 1;
  }
  return multibyte ? 'valid-multibyte' : 'ascii';
}

/**
 * Pages stitched from UTF-8 templates and a few legacy bytes (a pasted snippet, a broken
 * widget) are invalid UTF-8 but still mostly UTF-8; reading them as Windows-1252 would garble
 * every accented letter to fix a handful. Counts well-formed multi-byte sequences against stray high bytes.
 */
function mostlyUtf8(bytes: Uint8Array): boolean {
  let good = 0;
  let bad = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    let ok = need > 0 && i + need < bytes.length;
    for (let k = 1; ok && k <= need; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) { good++; i += need + 1; } else { bad++; i++; }
  }
  return good >= 8 && bad * 10 < good;
}

function decode(bytes: Uint8Array, encoding: string): string {
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 4096) {
    out += String.fromCharCode(...bytes.subarray(i, i + 4096));
  }
  return out;
}
