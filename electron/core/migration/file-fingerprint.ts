/** Which file this is, by its bytes: the same export renamed or moved is the same file, a new export is not. */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** The SHA-256 of the file's bytes, read as a stream (an export may be hundreds of megabytes). */
export async function fileFingerprint(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
