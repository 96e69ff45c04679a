import { useMemo } from 'react';
import { encode } from 'uqr';

interface QrCodeProps {
  /** What the code says (a URL). */
  readonly value: string;
  /** The accessible name; the image is decorative when absent. */
  readonly label?: string;
  readonly className?: string;
  /** Error correction: 'M' survives a crease on a paper card; long links use 'L' to stay scannable. */
  readonly ecc?: 'L' | 'M';
}

/** One path for the dark modules, each row's runs merged, in module units. */
function modulePath(data: readonly (readonly boolean[])[]): string {
  let d = '';
  data.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (row[x]) x += 1;
      d += `M${start} ${y}h${x - start}v1h${start - x}z`;
    }
  });
  return d;
}

/**
 * A QR code drawn as React SVG elements from uqr's module matrix (no SVG markup is injected).
 * The quiet zone is part of the image, so it scans on any background.
 */
export function QrCode({ value, label, className, ecc = 'M' }: QrCodeProps) {
  const { size, path } = useMemo(() => {
    const qr = encode(value, { ecc, border: 4 });
    return { size: qr.size, path: modulePath(qr.data) };
  }, [value, ecc]);
  return (
    <svg
      className={className}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
      {...(label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true })}
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
