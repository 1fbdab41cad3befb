import { createHash } from 'node:crypto';
import { access, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../../library/atomic-json-file.ts';
import type { ImageKind } from './image-sniff.ts';

/**
 * Content-addressed files in one article's assets folder: the name is the SHA-256 of the
 * bytes plus the sniffed extension, so the same picture used twice is stored once and a name
 * can never be chosen by the page.
 */
export class AssetStore {
  readonly dir: string;
  readonly #written = new Map<string, Promise<string>>();
  constructor(dir: string) {
    this.dir = dir;
  }

  /** Stores the bytes (once) and returns the file name. */
  async put(bytes: Uint8Array, kind: ImageKind): Promise<string> {
    const name = `${createHash('sha256').update(bytes).digest('hex')}.${kind}`;
    let pending = this.#written.get(name);
    if (!pending) {
      pending = this.#write(name, bytes);
      this.#written.set(name, pending);
    }
    return pending;
  }

  async #write(name: string, bytes: Uint8Array): Promise<string> {
    await mkdir(this.dir, { recursive: true });
    const path = join(this.dir, name);
    const exists = await access(path).then(
      () => true,
      () => false,
    );
    // Images can be fetched again, so skipping fsync keeps a 40-image article fast to save.
    if (!exists) await writeFileAtomic(path, bytes, false);
    return name;
  }

  /** Names stored so far. */
  get names(): string[] {
    return [...this.#written.keys()];
  }
}
