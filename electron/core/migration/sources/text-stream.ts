/**
 * Export files as text: UTF-8 (with or without a BOM), UTF-16 with a BOM, or, from older Windows tools,
 * Windows-1252. The encoding is chosen once from the file's first bytes, then the file is decoded in chunks,
 * so a 200 MB CSV is never held as one string.
 */
import type { BundleFile } from './import-bundle.ts';

/** The encoding of an export file from its first bytes: a BOM says so; valid UTF-8 is UTF-8; else Windows-1252. */
function exportEncoding(head: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  // Cut back to a character boundary, so a multi-byte character split by the sample does not count against UTF-8.
  let end = head.length;
  let back = 0;
  while (end > 0 && back < 3 && (head[end - 1]! & 0xc0) === 0x80) {
    end--;
    back++;
  }
  if (end > 0 && head[end - 1]! >= 0xc0) end--;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, end));
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** Decodes bytes read whole, without the BOM. */
export function decodeExportText(bytes: Uint8Array): string {
  return new TextDecoder(exportEncoding(bytes.subarray(0, 64 * 1024))).decode(bytes);
}

/** The file as text chunks, without the BOM. */
export async function* textChunks(file: BundleFile): AsyncIterable<string> {
  let decoder: InstanceType<typeof TextDecoder> | null = null;
  for await (const chunk of file.stream()) {
    decoder ??= new TextDecoder(exportEncoding(chunk.subarray(0, 64 * 1024)));
    const text = decoder.decode(chunk, { stream: true });
    if (text) yield text;
  }
  const rest = decoder?.decode() ?? '';
  if (rest) yield rest;
}

/** The file's first line as text (a CSV header), or '' for an empty file. */
export async function firstLine(file: BundleFile): Promise<string> {
  let text = '';
  for await (const chunk of textChunks(file)) {
    text += chunk;
    const end = text.search(/\r?\n/);
    if (end >= 0) return text.slice(0, end);
    if (text.length > 64 * 1024) break;
  }
  return text;
}
