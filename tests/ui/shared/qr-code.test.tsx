import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { QrCode } from '../../../src/ui/shared/qr-code';
import { decodeQrSvg } from './decode-qr';

describe('QR code', () => {
  const url = 'http://127.0.0.1:4173/kort/laerer/virksomhed/laerer-virksomhed-udfordr-formatet';

  it('renders an SVG that a decoder reads back as the URL', () => {
    render(<QrCode value={url} label="QR-kode til kortet" />);
    const svg = screen.getByRole('img', { name: 'QR-kode til kortet' });
    expect(decodeQrSvg(svg as unknown as SVGElement)).toBe(url);
  });

  it('still scans with low error correction, for long links', () => {
    render(<QrCode value={`${url}?${'k'.repeat(300)}`} ecc="L" label="lang" />);
    expect(decodeQrSvg(screen.getByRole('img', { name: 'lang' }) as unknown as SVGElement)).toBe(
      `${url}?${'k'.repeat(300)}`,
    );
  });

  it('is hidden from screen readers without a label', () => {
    const { container } = render(<QrCode value={url} />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(container.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('never puts the text into the markup (React elements only, no injected SVG)', () => {
    const hostile = 'http://x/"><script>alert(1)</script>';
    const { container } = render(<QrCode value={hostile} label="kode" />);
    expect(container.querySelector('svg path')?.getAttribute('d')).toMatch(/^M/);
    expect(container.querySelector('script')).toBeNull();
    expect(container.innerHTML).not.toContain('<script>');
  });
});
