import { deflateSync } from 'node:zlib';
import { crc32 } from '../src/domain/crc32';

/** PNG colour types we write: 2 = RGB (opaque icons), 6 = RGBA (icons with transparent corners). */
export type PngColorType = 2 | 6;

export interface RasterImage {
  readonly width: number;
  readonly height: number;
  /** Row-major RGBA, 4 bytes per pixel, not premultiplied. */
  readonly rgba: Uint8Array;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(8 + data.length + 4);
  out.writeUInt32BE(data.length, 0);
  typeAndData.copy(out, 4);
  out.writeUInt32BE(crc32(typeAndData), 8 + data.length);
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

/**
 * Filters one scanline with each of the five PNG filters and keeps the one with the smallest sum of
 * absolute (signed) bytes: the usual heuristic, and it roughly halves the size of our flat-colour icons.
 */
function filterRow(row: Uint8Array, prev: Uint8Array, bpp: number): Uint8Array {
  let best: Uint8Array | undefined;
  let bestScore = Infinity;
  for (let type = 0; type <= 4; type += 1) {
    const out = new Uint8Array(row.length + 1);
    out[0] = type;
    let score = 0;
    for (let i = 0; i < row.length; i += 1) {
      const x = row[i]!;
      const a = i >= bpp ? row[i - bpp]! : 0;
      const b = prev[i]!;
      const c = i >= bpp ? prev[i - bpp]! : 0;
      const predictor = type === 0 ? 0 : type === 1 ? a : type === 2 ? b : type === 3 ? (a + b) >> 1 : paeth(a, b, c);
      const value = (x - predictor) & 0xff;
      out[i + 1] = value;
      score += value < 128 ? value : 256 - value;
    }
    if (score < bestScore) {
      bestScore = score;
      best = out;
    }
  }
  return best!;
}

/** Encodes an RGBA raster as an 8-bit PNG; colour type 2 drops the alpha channel (use for opaque images). */
export function encodePng(image: RasterImage, colorType: PngColorType = 6): Buffer {
  const { width, height, rgba } = image;
  if (rgba.length !== width * height * 4)
    throw new Error(`encodePng: expected ${width * height * 4} bytes, got ${rgba.length}`);
  const bpp = colorType === 6 ? 4 : 3;
  const stride = width * bpp;
  const rows: Uint8Array[] = [];
  let prev = new Uint8Array(stride);
  for (let y = 0; y < height; y += 1) {
    const row = new Uint8Array(stride);
    for (let x = 0; x < width; x += 1) {
      const src = (y * width + x) * 4;
      row.set(rgba.subarray(src, src + bpp), x * bpp);
    }
    rows.push(filterRow(row, prev, bpp));
    prev = row;
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = colorType;
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method 0 (adaptive, five types)
  ihdr[12] = 0; // no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const idat = deflateSync(Buffer.concat(rows), { level: 9 });
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', new Uint8Array(0))]);
}
