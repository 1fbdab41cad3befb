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

/** A BOM or the NUL pattern of BOM-less UTF-16, whichever the bytes show. */
export function readUnicodeSignature(bytes: Uint8Array): UnicodeSignature | null {
  return readByteOrderMark(bytes) ?? guessBomlessUtf16(bytes);
}
