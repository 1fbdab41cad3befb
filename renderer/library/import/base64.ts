/**
 * Bytes to base64 for articles.importFile. Never String.fromCharCode(...hugeArray): that overflows the call
 * stack and builds a giant intermediate string. Chunks are a multiple of 3 bytes, so each encodes on its own
 * without padding and the pieces simply concatenate; between chunks the work can yield to keep the UI alive.
 */

const CHUNK_BYTES = 3 * 16 * 1024; // 48 KiB: small enough for one fromCharCode.apply, a multiple of 3

/** Encodes synchronously; fine for small inputs and for tests. */
export function bytesToBase64(bytes: Uint8Array): string {
  let out = '';
  for (let start = 0; start < bytes.length; start += CHUNK_BYTES) out += encodeChunk(bytes.subarray(start, start + CHUNK_BYTES));
  return out;
}

/**
 * Encodes in chunks and yields to the event loop every few hundred KiB, so a 50 MB file never freezes the window;
 * onProgress hears how many bytes are encoded at each pause.
 */
export async function bytesToBase64Async(bytes: Uint8Array, yieldEvery = 16, onProgress?: (encoded: number) => void): Promise<string> {
  const parts: string[] = [];
  let chunks = 0;
  for (let start = 0; start < bytes.length; start += CHUNK_BYTES) {
    parts.push(encodeChunk(bytes.subarray(start, start + CHUNK_BYTES)));
    if (++chunks % yieldEvery === 0) {
      onProgress?.(Math.min(bytes.length, start + CHUNK_BYTES));
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
  return parts.join('');
}

function encodeChunk(chunk: Uint8Array): string {
  let binary = '';
  // 8 KiB per apply stays far below every engine's argument limit.
  for (let i = 0; i < chunk.length; i += 8192) {
    binary += String.fromCharCode.apply(null, chunk.subarray(i, i + 8192) as unknown as number[]);
  }
  return btoa(binary);
}
