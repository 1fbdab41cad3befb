/**
 * What a format reader reads: a file the user chose, seen as a bundle of named files. A zip is a bundle of
 * its entries; any other file is a bundle of one. Readers never touch the disk or a zip library themselves,
 * so every reader is tested on a bundle built in memory.
 */
import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { ImportFormatError } from './import-format-error.ts';

export interface BundleFile {
  /** The path inside the zip ("annotations/part_000000.json"), or the file's own name. */
  path: string;
  /** Size in bytes once read (uncompressed). */
  size: number;
  /** The whole file; refused (ImportFormatError) past maxBytes, so a reader never loads a huge file whole by accident. */
  bytes(maxBytes?: number): Promise<Uint8Array>;
  /** The file in chunks, for the formats that can be huge (CSV, bookmarks). */
  stream(): AsyncIterable<Uint8Array>;
}

export interface ImportBundle {
  /** The chosen file's name, for messages. */
  name: string;
  /** True for a zip; false for a single file. */
  isZip: boolean;
  files: readonly BundleFile[];
  /** A file by its exact path, or undefined. */
  file(path: string): BundleFile | undefined;
  /** The first bytes of a single file (up to 64 KB), for sniffing a CSV header or JSON's first key; empty for a zip. */
  head: Uint8Array;
}

/** How much of a file a reader may load whole by default: JSON exports with every article's content reach this size. */
export const DEFAULT_WHOLE_FILE_LIMIT = 512 * 1024 * 1024;
const HEAD_BYTES = 64 * 1024;

function tooLargeToRead(bundleName: string, path: string, size: number, maxBytes: number): ImportFormatError {
  const which = path === bundleName ? bundleName : `${path} in ${bundleName}`;
  return new ImportFormatError(`${which} is ${Math.round(size / 1e6)} MB, more than Lectern reads in one piece (${Math.round(maxBytes / 1e6)} MB).`);
}

/** Builds a bundle from files held in memory: tests, and small files already read. */
export function memoryBundle(name: string, files: Record<string, string | Uint8Array>, options: { isZip?: boolean } = {}): ImportBundle {
  const list: BundleFile[] = Object.entries(files).map(([path, content]) => {
    const data = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    return {
      path,
      size: data.length,
      async bytes(maxBytes = DEFAULT_WHOLE_FILE_LIMIT) {
        if (data.length > maxBytes) throw tooLargeToRead(name, path, data.length, maxBytes);
        return data;
      },
      async *stream() {
        // Small pieces, so stream readers are tested across chunk boundaries too.
        for (let offset = 0; offset < data.length; offset += 4096) yield data.subarray(offset, offset + 4096);
      },
    };
  });
  const isZip = options.isZip ?? list.length !== 1;
  const only = Object.values(files)[0];
  const head = !isZip && only !== undefined ? (typeof only === 'string' ? new TextEncoder().encode(only) : only).subarray(0, HEAD_BYTES) : new Uint8Array(0);
  return bundleOf(name, isZip, list, head);
}

async function readHead(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** A file on disk that is not a zip: a bundle of one, read lazily. */
export async function singleFileBundle(path: string): Promise<ImportBundle> {
  const name = basename(path);
  const { size } = await stat(path);
  const file: BundleFile = {
    path: name,
    size,
    async bytes(maxBytes = DEFAULT_WHOLE_FILE_LIMIT) {
      if (size > maxBytes) throw tooLargeToRead(name, name, size, maxBytes);
      return new Uint8Array(await readFile(path));
    },
    async *stream() {
      for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 })) yield chunk as Uint8Array;
    },
  };
  return bundleOf(name, false, [file], await readHead(path));
}

/** Puts a list of files behind the bundle interface; head is the start of a single file (empty for a zip). */
export function bundleOf(name: string, isZip: boolean, files: readonly BundleFile[], head: Uint8Array): ImportBundle {
  const byPath = new Map(files.map((file) => [file.path, file]));
  return { name, isZip, files, file: (path) => byPath.get(path), head };
}
