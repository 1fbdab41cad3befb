/**
 * How much Lectern imports at a time. The renderer checks a file's size before reading it, so a huge file
 * is refused without loading it into the window; core checks what reaches it, from any shell.
 */
import { formatByteSize } from './byte-size.ts';

/** Largest file (or paste) accepted for import, in bytes. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** Why something this big cannot be imported, or null when it can. */
export function importSizeProblem(bytes: number, what: 'file' | 'paste' = 'file'): string | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  const limit = formatByteSize(MAX_IMPORT_BYTES);
  // Rounded, a size a little over the limit reads as the limit itself ("50 MB"): say "just over" instead.
  const rounded = formatByteSize(bytes);
  const size = rounded === limit ? `just over ${limit}` : rounded;
  return what === 'file'
    ? `This file is ${size}; Lectern imports files of ${limit} or less.`
    : `The pasted text is ${size}; Lectern imports up to ${limit} at a time.`;
}
