/**
 * Byte-order marks and BOM-less UTF-16. Both the binary sniffer and the decoder need them: UTF-16
 * text is full of NUL bytes, so it must be recognised before NULs are taken as a sign of binary data.
 */

type UnicodeEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

interface UnicodeSignature {
  encoding: UnicodeEncoding;
  /** Bytes to skip before the text starts (the BOM itself; 0 when there is none). */
  skip: number;
}

/** The encoding announced by a byte-order mark, if the bytes start with one. */
function readByteOrderMark(bytes: Uint8Array): UnicodeSignature | null {
  const [a, b, c, d] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', skip: 3 };
  // UTF-32 LE starts like UTF-16 LE, so it is checked first.
  if (a === 0xff && b === 0xfe && c === 0 && d === 0 && bytes.length >= 8) return { encoding: 'utf-32le', skip: 4 };
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return { encoding: 'utf-32be', skip: 4 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

/**
 * UTF-16 without a BOM: mostly-Latin text then has a NUL in nearly every odd (LE) or even (BE)
 * byte and almost none in the other half. Text in other scripts is left to the detector.
 */
function guessBomlessUtf16(bytes: Uint8Array): UnicodeSignature | null {
  const length = Math.min(bytes.length, 4096) & ~1;
  if (length < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = length / 2;
  if (oddNul / pairs > 0.7 && evenNul / pairs < 0.05) return { encoding: 'utf-16le', skip: 0 };
  if (evenNul / pairs > 0.7 && oddNul / pairs < 0.05) return { encoding: 'utf-16be', skip: 0 };
  return null;
}

// What text is made of: letters, marks, digits, punctuation, symbols, spaces, line ends and the joiners and
// direction marks of Arabic, Persian and Hebrew. Controls, unassigned and private-use code points are not.
const TEXT_CHARACTER = /[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}\t\n\r\u200b-\u200f\u2028\u2029\ufeff]/u;
const SCRIPT_SAMPLE_BYTES = 8192;

interface Utf16Reading {
  /** Share of characters that are text. */
  textShare: number;
  /** Share of code units that are ASCII (spaces, line ends, digits, punctuation between the script's letters). */
  asciiShare: number;
  /** Share of code units whose two bytes are both printable ASCII: what 8-bit text read as UTF-16 looks like. */
  asciiPairShare: number;
}

function readUtf16(bytes: Uint8Array, length: number, littleEndian: boolean): Utf16Reading {
  const units: number[] = [];
  let ascii = 0;
  let asciiPairs = 0;
  const printable = (byte: number) => byte >= 0x20 && byte <= 0x7e;
  for (let i = 0; i < length; i += 2) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const unit = littleEndian ? a | (b << 8) : (a << 8) | b;
    units.push(unit);
    if (unit < 0x80) ascii++;
    if (printable(a) && printable(b)) asciiPairs++;
  }
  let characters = 0;
  let text = 0;
  // A sample cut in the middle of a surrogate pair leaves half a character at the end: not counted.
  for (const character of String.fromCharCode(...units).replace(/[\ud800-\udbff]$/, '')) {
    characters++;
    if (TEXT_CHARACTER.test(character)) text++;
  }
  const count = Math.max(1, units.length);
  return { textShare: characters ? text / characters : 0, asciiShare: ascii / count, asciiPairShare: asciiPairs / count };
}

/**
 * UTF-16 without a BOM in a script other than Latin (Cyrillic, Hebrew, Arabic, Chinese…), where NULs are only
 * the high bytes of spaces and line ends: read both ways, the right way is nearly all text characters with its
 * ASCII where text has it. Bytes without any NUL are never taken for UTF-16, so no 8-bit file is.
 */
function guessUtf16ByScript(bytes: Uint8Array): UnicodeSignature | null {
  if (bytes.length % 2 !== 0) return null;
  const length = Math.min(bytes.length, SCRIPT_SAMPLE_BYTES);
  if (length < 16 || !bytes.subarray(0, length).includes(0)) return null;
  const plausible = (reading: Utf16Reading) => reading.textShare >= 0.97 && reading.asciiShare >= 0.01 && reading.asciiPairShare < 0.5;
  const le = readUtf16(bytes, length, true);
  const be = readUtf16(bytes, length, false);
  const leOk = plausible(le);
  const beOk = plausible(be);
  if (leOk && (!beOk || le.asciiShare >= be.asciiShare)) return { encoding: 'utf-16le', skip: 0 };
  return beOk ? { encoding: 'utf-16be', skip: 0 } : null;
}

/** A BOM or the byte pattern of BOM-less UTF-16 (Latin or any other script), whichever the bytes show. */
export function readUnicodeSignature(bytes: Uint8Array): UnicodeSignature | null {
  return readByteOrderMark(bytes) ?? guessBomlessUtf16(bytes) ?? guessUtf16ByScript(bytes);
}
