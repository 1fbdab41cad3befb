/**
 * An article's stored body, read a slice at a time: serving a book-sized body (tens of MB) neither holds it whole
 * nor waits for all of it before the first bytes go out.
 */
import { open } from 'node:fs/promises';

export interface BodySource {
  /** The body's size in bytes when it was opened. */
  readonly size: number;
  /** Up to `length` bytes from `position`; fewer at the end, none past it. */
  read(position: number, length: number): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Opens a stored body file; throws (ENOENT) when it is not there, so a missing article is answered before streaming. */
export async function openBodyFile(path: string): Promise<BodySource> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    let closed = false;
    return {
      size,
      async read(position, length) {
        const buffer = Buffer.allocUnsafe(Math.max(0, Math.min(length, size - position)));
        if (buffer.length === 0) return buffer;
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
        return buffer.subarray(0, bytesRead);
      },
      async close() {
        if (closed) return;
        closed = true;
        await handle.close();
      },
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/** A body already in memory (tests, and anything built on the fly) behind the same interface. */
export function bodyFromBytes(bytes: Uint8Array): BodySource {
  return {
    size: bytes.byteLength,
    read: async (position, length) => bytes.subarray(position, position + length),
    close: async () => {},
  };
}

/** Whether the body contains `text` (as UTF-8), read in slices that overlap so a match across two is found. */
export async function bodyIncludes(body: BodySource, text: string, sliceBytes = 1 << 20): Promise<boolean> {
  const needle = Buffer.from(text);
  if (needle.length === 0) return true;
  let carry: Uint8Array = Buffer.alloc(0);
  for (let position = 0; position < body.size; position += sliceBytes) {
    const slice = Buffer.concat([carry, await body.read(position, sliceBytes)]);
    if (slice.includes(needle)) return true;
    carry = slice.subarray(Math.max(0, slice.length - needle.length + 1));
  }
  return false;
}
