import jsQR from 'jsqr';

/**
 * Reads a QR code rendered by QrCode back into its text, the way a phone would: the SVG's path is
 * painted module by module into pixels, which jsQR decodes. Undefined if it does not scan.
 */
export function decodeQrSvg(svg: SVGElement): string | undefined {
  const [, , width] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number);
  const d = svg.querySelector('path')?.getAttribute('d') ?? '';
  if (!width) return undefined;
  const scale = 4;
  const size = width * scale;
  const pixels = new Uint8ClampedArray(size * size * 4).fill(255);
  for (const [, x, y, run] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let dx = 0; dx < Number(run) * scale; dx += 1) {
      for (let dy = 0; dy < scale; dy += 1) {
        const px = Number(x) * scale + dx;
        const py = Number(y) * scale + dy;
        pixels.fill(0, (py * size + px) * 4, (py * size + px) * 4 + 3);
      }
    }
  }
  return jsQR(pixels, size, size)?.data;
}
