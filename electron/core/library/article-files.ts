import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { writeFileAtomic } from './atomic-json-file.ts';
import { openBodyFile, type BodySource } from './stored-body.ts';

/** Where one article's body and assets live: articles/<id>/ beside library.json. */
export class ArticleFiles {
  readonly root: string;
  constructor(dataDir: string) {
    this.root = join(dataDir, 'articles');
  }

  folder(id: string): string {
    return join(this.root, id);
  }

  /**
   * Writes the sanitized body, its plain text and the article's record as it was at save time. The
   * record copy (meta.json) is durable, so an article survives a crash before library.json is rewritten.
   */
  async writeArticle(id: string, html: string, text: string, record: object): Promise<void> {
    const folder = this.folder(id);
    await mkdir(folder, { recursive: true });
    await writeFileAtomic(join(folder, 'body.html'), html);
    await writeFileAtomic(join(folder, 'text.txt'), text, false);
    await writeFileAtomic(join(folder, 'meta.json'), JSON.stringify(record));
  }

  async forgetSavedRecord(id: string): Promise<void> {
    await rm(join(this.folder(id), 'meta.json'), { force: true });
  }

  /** Ids of every article folder on disk. */
  async folderIds(): Promise<string[]> {
    try {
      return (await readdir(this.root, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    } catch {
      return [];
    }
  }

  /** The record saved beside a body, or null when the folder holds none (an interrupted save). */
  async readSavedRecord(id: string): Promise<unknown> {
    try {
      return JSON.parse(await readFile(join(this.folder(id), 'meta.json'), 'utf8'));
    } catch {
      return null;
    }
  }

  async readBody(id: string): Promise<string> {
    return readFile(join(this.folder(id), 'body.html'), 'utf8');
  }

  /** The stored body opened for serving in slices, undecoded; throws when it is not there. */
  openBody(id: string): Promise<BodySource> {
    return openBodyFile(join(this.folder(id), 'body.html'));
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
