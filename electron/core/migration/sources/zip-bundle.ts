/**
 * A zip export as a bundle of its entries, read from the file on disk as needed (yauzl, random access), so
 * a 1 GB export is never loaded whole. Refused before anything is read: a truncated zip, entry names that
 * climb out of the archive (`../`, absolute paths), and zip bombs (too large in all, or compressed too well).
 */
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { formatByteSize } from '../../../shared/byte-size.ts';
import { bundleOf, DEFAULT_WHOLE_FILE_LIMIT, type BundleFile, type ImportBundle } from './import-bundle.ts';
import { ImportFormatError } from './import-format-error.ts';

interface ZipLimits {
  /** Everything in the zip, uncompressed. */
  maxTotalBytes: number;
  /** One entry, uncompressed. */
  maxEntryBytes: number;
  /** Uncompressed / compressed for an entry over 1 MB: text compresses ~10×, a bomb 1,000×. */
  maxRatio: number;
  maxEntries: number;
}

const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 8 * 1024 ** 3,
  maxEntryBytes: 2 * 1024 ** 3,
  maxRatio: 200,
  maxEntries: 500_000,
};

/** True when the bytes start like a zip file. */
export function looksLikeZip(head: Uint8Array): boolean {
  return head[0] === 0x50 && head[1] === 0x4b && (head[2] === 0x03 || head[2] === 0x05) && (head[3] === 0x04 || head[3] === 0x06);
}

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, autoClose: false, decodeStrings: true, validateEntrySizes: true, strictFileNames: false }, (error, zip) =>
      error || !zip ? reject(error) : resolve(zip),
    ),
  );
}

function listEntries(zip: yauzl.ZipFile, name: string, limits: ZipLimits): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    let total = 0;
    zip.on('entry', (entry: yauzl.Entry) => {
      const problem = entryProblem(entry, name, limits, (total += entry.uncompressedSize), entries.length);
      if (problem) {
        zip.close();
        reject(problem);
        return;
      }
      if (!entry.fileName.endsWith('/')) entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', (error: Error) => reject(readableZipError(error, name)));
    zip.readEntry();
  });
}

function entryProblem(entry: yauzl.Entry, name: string, limits: ZipLimits, total: number, count: number): ImportFormatError | null {
  const size = entry.uncompressedSize;
  if (count >= limits.maxEntries) return new ImportFormatError(`${name} holds more than ${limits.maxEntries.toLocaleString('en')} files; Lectern does not import it.`);
  if (size > limits.maxEntryBytes || total > limits.maxTotalBytes) {
    return new ImportFormatError(`${name} would unpack to more than ${formatByteSize(size > limits.maxEntryBytes ? limits.maxEntryBytes : limits.maxTotalBytes)} (${entry.fileName} alone is ${formatByteSize(size)}). Lectern does not import it: it may be a zip bomb.`);
  }
  if (size > 1024 * 1024 && size > Math.max(1, entry.compressedSize) * limits.maxRatio) {
    return new ImportFormatError(`${name}: ${entry.fileName} is compressed ${Math.round(size / Math.max(1, entry.compressedSize))} to 1, far more than real files are. Lectern does not import it: it may be a zip bomb.`);
  }
  return null;
}

function readableZipError(error: Error, name: string): ImportFormatError {
  const message = error.message;
  if (/end of central directory|central directory|signature/i.test(message)) {
    return new ImportFormatError(`${name} is not a complete zip file: it may have been cut short while downloading. Download the export again.`);
  }
  if (/invalid relative path|absolute path|invalid characters/i.test(message)) {
    return new ImportFormatError(`${name} holds a file whose name points outside the archive (${message.replace(/^.*: /, '')}). Lectern does not import it.`);
  }
  return new ImportFormatError(`${name} could not be read as a zip file: ${message}.`);
}

function openEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) => zip.openReadStream(entry, (error, stream) => (error || !stream ? reject(error) : resolve(stream))));
}

/** Opens a zip on disk as a bundle. Call close() when done with it. */
export async function openZipBundle(path: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<ImportBundle & { close(): void }> {
  const name = basename(path);
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(path);
  } catch (error) {
    throw readableZipError(error as Error, name);
  }
  const entries = await listEntries(zip, name, limits);
  const files: BundleFile[] = entries.map((entry) => ({
    path: entry.fileName,
    size: entry.uncompressedSize,
    async bytes(maxBytes = DEFAULT_WHOLE_FILE_LIMIT) {
      if (entry.uncompressedSize > maxBytes) throw new ImportFormatError(`${name}: ${entry.fileName} is ${formatByteSize(entry.uncompressedSize)}, more than Lectern reads in one piece.`);
      const chunks: Uint8Array[] = [];
      for await (const chunk of this.stream()) chunks.push(chunk);
      return Buffer.concat(chunks);
    },
    async *stream() {
      let stream: Readable;
      try {
        stream = await openEntry(zip, entry);
      } catch (error) {
        throw new ImportFormatError(`${name}: ${entry.fileName} could not be unpacked (${(error as Error).message}). The zip may be damaged.`);
      }
      try {
        for await (const chunk of stream) yield chunk as Uint8Array;
      } catch (error) {
        throw new ImportFormatError(`${name}: ${entry.fileName} could not be unpacked (${(error as Error).message}). The zip may be damaged or cut short.`);
      }
    },
  }));
  return { ...bundleOf(name, true, files, new Uint8Array(0)), close: () => zip.close() };
}
