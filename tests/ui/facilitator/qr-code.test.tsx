import { render, screen } from '@testing-library/react';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { QrCode, qrPath } from '../../../src/ui/facilitator/qr-code';

/** Paints the SVG path's unit squares into RGBA pixels, `scale` pixels a module, as a screen would. */
function rasterise(d: string, modules: number, scale: number): Uint8ClampedArray {
  const size = modules * scale;
  const pixels = new Uint8ClampedArray(size * size * 4).fill(255);
  for (const [, x, y] of d.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    for (let dy = 0; dy < scale; dy += 1) {
      for (let dx = 0; dx < scale; dx += 1) {
        const i = ((Number(y) * scale + dy) * size + Number(x) * scale + dx) * 4;
        pixels[i] = pixels[i + 1] = pixels[i + 2] = 0;
      }
    }
  }
  return pixels;
}

describe('QR code', () => {
  it('draws one square per dark module', () => {
    expect(qrPath([
      [true, false],
      [false, true],
    ])).toBe('M0 0h1v1h-1zM1 1h1v1h-1z');
    expect(qrPath([[false]])).toBe('');
  });

  it('renders an SVG that a decoder reads back as the URL', () => {
    const url = 'http://127.0.0.1:4173/kort/laerer/virksomhed/laerer-virksomhed-udfordr-formatet';
    render(<QrCode text={url} label="QR-kode til kortet" />);
    const svg = screen.getByRole('img', { name: 'QR-kode til kortet' });
    const modules = Number(svg.getAttribute('data-modules'));
    const d = svg.querySelector('path')?.getAttribute('d') ?? '';
    expect(modules).toBeGreaterThan(20);
    const scale = 4;
    const decoded = jsQR(rasterise(d, modules, scale), modules * scale, modules * scale);
    expect(decoded?.data).toBe(url);
  });

  it('never puts the text into the markup (React elements only, no injected SVG)', () => {
    const hostile = 'http://x/"><script>alert(1)</script>';
    const { container } = render(<QrCode text={hostile} label="kode" />);
    expect(container.querySelector('svg path')?.getAttribute('d')).toMatch(/^M/);
    expect(container.querySelector('script')).toBeNull();
    expect(container.innerHTML).not.toContain('<script>');
  });
});
