import { crc32, deflateSync } from 'node:zlib';

/**
 * Small but genuinely valid images for tests, built byte by byte so no binary fixtures are
 * checked in. Each call can vary the size and colour, so content hashes differ between images.
 */

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/** A real RGB PNG painted pixel by pixel (e2e pages use it for pictures that look like pictures). */
export function paintPng(width: number, height: number, paint: (x: number, y: number) => [number, number, number]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  const raw = Buffer.alloc(height * (1 + width * 3));
  for (let y = 0; y < height; y++) {
    const row = y * (1 + width * 3);
    for (let x = 0; x < width; x++) raw.set(paint(x, y), row + 1 + x * 3);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(raw)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A solid-colour RGB PNG of the given size. */
export function makePng(width: number, height: number, rgb: [number, number, number] = [200, 80, 40]): Uint8Array {
  return paintPng(width, height, () => rgb);
}

function segment(marker: number, data: number[]): number[] {
  const length = data.length + 2;
  return [0xff, marker, length >> 8, length & 0xff, ...data];
}

/**
 * A baseline greyscale JPEG: every 8x8 block is flat grey, coded with one-symbol Huffman
 * tables, so the scan is two bits per block. `shade` (0-255) goes into the quantization table,
 * which changes the bytes (and hash) without changing the decoder's work.
 */
export function makeJpeg(width: number, height: number, shade = 1): Uint8Array {
  const blocks = Math.ceil(width / 8) * Math.ceil(height / 8);
  const bits = '00'.repeat(blocks);
  const scan: number[] = [];
  for (let i = 0; i < bits.length; i += 8) {
    const byte = parseInt(bits.slice(i, i + 8).padEnd(8, '1'), 2);
    scan.push(byte);
    if (byte === 0xff) scan.push(0x00);
  }
  const bytes = [
    0xff, 0xd8,
    ...segment(0xdb, [0x00, ...Array.from({ length: 64 }, (_, i) => (i === 0 ? Math.max(1, shade & 0xff) : 1))]),
    ...segment(0xc0, [8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0]),
    // DC table 0: one code of length 1 for category 0. AC table 0: one code of length 1 for EOB.
    ...segment(0xc4, [0x00, 1, ...Array(15).fill(0), 0x00]),
    ...segment(0xc4, [0x10, 1, ...Array(15).fill(0), 0x00]),
    ...segment(0xda, [1, 1, 0x00, 0, 63, 0]),
    ...scan,
    0xff, 0xd9,
  ];
  return Uint8Array.from(bytes);
}

/** A 1x1 transparent GIF, the classic tracking pixel. */
export function makeGifPixel(): Uint8Array {
  return Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
}
