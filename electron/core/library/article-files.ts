import { mkdir, readFile, rm } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { writeFileAtomic } from './atomic-json-file.ts';

/** Where one article's body and assets live: articles/<id>/ beside library.json. */
export class ArticleFiles {
  readonly root: string;
  constructor(dataDir: string) {
    this.root = join(dataDir, 'articles');
  }

  folder(id: string): string {
    return join(this.root, id);
  }

  /** Writes the sanitized body and its plain text; both are written once, at save time. */
  async writeBody(id: string, html: string, text: string): Promise<void> {
    const folder = this.folder(id);
    await mkdir(folder, { recursive: true });
    await writeFileAtomic(join(folder, 'body.html'), html);
    await writeFileAtomic(join(folder, 'text.txt'), text, false);
  }

  async readBody(id: string): Promise<string> {
    return readFile(join(this.folder(id), 'body.html'), 'utf8');
  }

  async readText(id: string): Promise<string> {
    return readFile(join(this.folder(id), 'text.txt'), 'utf8');
  }

  /** Resolves an asset name inside the article's assets folder, refusing anything that escapes it. */
  assetPath(id: string, name: string): string | null {
    const base = resolve(this.folder(id), 'assets');
    const target = resolve(base, name);
    return target.startsWith(base + sep) ? target : null;
  }

  async remove(id: string): Promise<void> {
    await rm(this.folder(id), { recursive: true, force: true });
  }
}
