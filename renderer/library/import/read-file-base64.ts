/**
 * A chosen file as base64 for articles.importFile, telling how far it has got: the bytes are read as a stream
 * (so a 50 MB file's reading can be counted), then encoded in yielding chunks. Reading is the first half of
 * the work reported, encoding the second.
 */
import { bytesToBase64Async } from './base64.ts';

/** How far reading a file has got: bytes read of its size, and the share of reading and encoding done (0 to 1). */
export interface ReadProgress {
  read: number;
  size: number;
  fraction: number;
}

/** Reads and encodes a file, reporting progress as it goes. */
export async function readFileAsBase64(file: File, onProgress: (progress: ReadProgress) => void): Promise<string> {
  const bytes = await readBytes(file, (read) => onProgress({ read, size: file.size, fraction: file.size > 0 ? read / file.size / 2 : 0 }));
  const size = bytes.length;
  return bytesToBase64Async(bytes, 16, (encoded) => onProgress({ read: size, size, fraction: size > 0 ? 0.5 + encoded / size / 2 : 1 }));
}

async function readBytes(file: File, onRead: (read: number) => void): Promise<Uint8Array> {
  // Filled in place: collecting the pieces and joining them would hold the file twice.
  let bytes: Uint8Array = new Uint8Array(file.size);
  let read = 0;
  const reader = file.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (read + value.length > bytes.length) bytes = grown(bytes, read + value.length);
    bytes.set(value, read);
    read += value.length;
    onRead(read);
  }
  return read === bytes.length ? bytes : bytes.subarray(0, read);
}

/** A file that grew while being read (still being written): room for what came. */
function grown(bytes: Uint8Array, needed: number): Uint8Array {
  const bigger = new Uint8Array(Math.max(needed, bytes.length * 2));
  bigger.set(bytes);
  return bigger;
}
