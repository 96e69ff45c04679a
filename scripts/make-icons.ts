/**
 * Regenerates the app icons from one geometry: `npx tsx scripts/make-icons.ts`.
 * The outputs are committed; this script exists so they can be redrawn, not as a build step.
 * No image tooling on these machines (the `convert` on PATH is not ImageMagick), hence a tiny rasteriser.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { encodePng } from './png-encoder';
import type { PngColorType, RasterImage } from './png-encoder';

/** The four actors' colours in the note's order: elev, lærer, virksomhed, kommune. */
export const ACTOR_COLORS = ['#8a4513', '#1d5c8a', '#2e6b30', '#6b3f8a'] as const;
export const THEME_COLOR = '#1f3a5f';
export const PAPER_COLOR = '#fbfaf7';

/** A rounded rectangle in unit coordinates (0..1 of the icon's side). */
export interface RoundedRect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly r: number;
  readonly color: string;
}

export type IconVariant = 'any' | 'maskable' | 'apple';

/**
 * The mark: a 2×2 grid of rounded squares. `any` sits on a paper tile with a theme-coloured rim and
 * transparent corners; `maskable` and `apple` are full-bleed (the platform cuts the shape). For
 * `maskable`, the grid's corners stay inside the 80 % safe circle: half-diagonal 0.25·√2 ≈ 0.354 < 0.4.
 */
export function iconShapes(variant: IconVariant): RoundedRect[] {
  const shapes: RoundedRect[] = [];
  let span: number;
  if (variant === 'any') {
    const rim = 0.045;
    shapes.push({ x: 0, y: 0, w: 1, h: 1, r: 0.22, color: THEME_COLOR });
    shapes.push({ x: rim, y: rim, w: 1 - 2 * rim, h: 1 - 2 * rim, r: 0.22 - rim, color: PAPER_COLOR });
    span = 0.6;
  } else {
    shapes.push({ x: 0, y: 0, w: 1, h: 1, r: 0, color: PAPER_COLOR });
    span = variant === 'maskable' ? 0.5 : 0.6;
  }
  const gap = span * 0.1;
  const side = (span - gap) / 2;
  const origin = (1 - span) / 2;
  ACTOR_COLORS.forEach((color, i) => {
    const col = i % 2;
    const row = Math.floor(i / 2);
    shapes.push({
      x: origin + col * (side + gap),
      y: origin + row * (side + gap),
      w: side,
      h: side,
      r: side * 0.24,
      color,
    });
  });
  return shapes;
}

function parseHex(color: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!m) throw new Error(`Not a #rrggbb colour: ${color}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

/** Signed distance (in pixels) from a pixel centre to a rounded rectangle; negative inside. */
function roundedRectDistance(px: number, py: number, rect: RoundedRect, size: number): number {
  const halfW = (rect.w * size) / 2;
  const halfH = (rect.h * size) / 2;
  const radius = rect.r * size;
  const qx = Math.abs(px - (rect.x * size + halfW)) - (halfW - radius);
  const qy = Math.abs(py - (rect.y * size + halfH)) - (halfH - radius);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - radius;
}

/** Paints the shapes in order with anti-aliased edges (coverage from the signed distance). */
export function rasterize(shapes: readonly RoundedRect[], size: number): RasterImage {
  const rgba = new Uint8Array(size * size * 4);
  const fills = shapes.map((shape) => ({ shape, rgb: parseHex(shape.color) }));
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (const { shape, rgb } of fills) {
        const coverage = Math.min(Math.max(0.5 - roundedRectDistance(x + 0.5, y + 0.5, shape, size), 0), 1);
        if (coverage === 0) continue;
        // Straight-alpha "source over" of an opaque colour with partial coverage.
        const outA = coverage + a * (1 - coverage);
        r = (rgb[0] * coverage + r * a * (1 - coverage)) / outA;
        g = (rgb[1] * coverage + g * a * (1 - coverage)) / outA;
        b = (rgb[2] * coverage + b * a * (1 - coverage)) / outA;
        a = outA;
      }
      const i = (y * size + x) * 4;
      rgba[i] = Math.round(r);
      rgba[i + 1] = Math.round(g);
      rgba[i + 2] = Math.round(b);
      rgba[i + 3] = Math.round(a * 255);
    }
  }
  return { width: size, height: size, rgba };
}

/** The same mark as a small SVG (the favicon), on a 64-unit grid. */
export function iconSvg(variant: IconVariant): string {
  const u = (v: number): string => String(Math.round(v * 64 * 100) / 100);
  const rects = iconShapes(variant).map(
    (s) => `<rect x="${u(s.x)}" y="${u(s.y)}" width="${u(s.w)}" height="${u(s.h)}" rx="${u(s.r)}" fill="${s.color}"/>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">${rects.join('')}</svg>\n`;
}

interface IconFile {
  readonly path: string;
  readonly variant: IconVariant;
  readonly size: number;
  readonly colorType: PngColorType;
}

export const ICON_FILES: readonly IconFile[] = [
  { path: 'icons/icon-192.png', variant: 'any', size: 192, colorType: 6 },
  { path: 'icons/icon-512.png', variant: 'any', size: 512, colorType: 6 },
  // Opaque: maskable icons and Apple touch icons are cut by the platform, transparency would show black.
  { path: 'icons/icon-maskable-512.png', variant: 'maskable', size: 512, colorType: 2 },
  { path: 'apple-touch-icon.png', variant: 'apple', size: 180, colorType: 2 },
];

export function writeIcons(publicDir: string): { path: string; bytes: number }[] {
  const written: { path: string; bytes: number }[] = [];
  const write = (relative: string, data: Buffer | string): void => {
    const target = resolve(publicDir, relative);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, data);
    written.push({ path: relative, bytes: Buffer.byteLength(data) });
  };
  for (const icon of ICON_FILES) {
    write(icon.path, encodePng(rasterize(iconShapes(icon.variant), icon.size), icon.colorType));
  }
  write('favicon.svg', iconSvg('any'));
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const publicDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'public');
  for (const { path, bytes } of writeIcons(publicDir)) console.log(`${path.padEnd(28)} ${String(bytes).padStart(7)} B`);
}
