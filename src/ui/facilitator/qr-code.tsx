import { useMemo } from 'react';
import { encode } from 'uqr';

interface QrCodeProps {
  /** What the code encodes (a URL of this app). */
  readonly text: string;
  /** The accessible name of the image. */
  readonly label: string;
  readonly className?: string;
}

/** The dark modules of a QR matrix as one SVG path: a 1×1 square per module, row by row. */
export function qrPath(matrix: readonly (readonly boolean[])[]): string {
  let d = '';
  matrix.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    });
  });
  return d;
}

/**
 * A QR code drawn as React SVG elements from the encoder's matrix: no markup from a library is
 * ever injected. The encoder travels in the facilitator's lazy chunk, never in the first screen's.
 */
export function QrCode({ text, label, className }: QrCodeProps) {
  // Medium error correction survives a projector's glare; 4 light modules round it (the quiet zone).
  const matrix = useMemo(() => encode(text, { ecc: 'M', border: 4 }).data, [text]);
  const size = matrix.length;
  return (
    <svg className={className} role="img" aria-label={label} viewBox={`0 0 ${size} ${size}`} shapeRendering="crispEdges" data-modules={size}>
      <rect width={size} height={size} fill="#ffffff" />
      <path d={qrPath(matrix)} fill="#000000" />
    </svg>
  );
}
