/** Card sizes the print page offers. A6 is the default: four to an A4 sheet, big enough to read across a table. */
export const CARD_SIZES = ['a6', 'poker'] as const;
export type CardSize = (typeof CARD_SIZES)[number];

/** Millimetres. */
export const PAGE = { width: 210, height: 297 } as const;

export interface SheetGeometry {
  readonly cols: number;
  readonly rows: number;
  readonly cardWidth: number;
  readonly cardHeight: number;
  /** The grid is centred on the page, so a mirrored back lands exactly behind its front. */
  readonly offsetX: number;
  readonly offsetY: number;
}

function centred(cols: number, rows: number, cardWidth: number, cardHeight: number): SheetGeometry {
  return {
    cols,
    rows,
    cardWidth,
    cardHeight,
    offsetX: (PAGE.width - cols * cardWidth) / 2,
    offsetY: (PAGE.height - rows * cardHeight) / 2,
  };
}

export const GEOMETRY: Readonly<Record<CardSize, SheetGeometry>> = {
  // A4 cut in four: every cut goes through the middle of the sheet.
  a6: centred(2, 2, 105, 148.5),
  // Poker size, 63 × 88 mm: nine to a sheet with room for the cut marks around the grid.
  poker: centred(3, 3, 63, 88),
};

export interface Sheet<T> {
  readonly side: 'front' | 'back';
  /** 1-based: the front and back of one set of cards share a number. */
  readonly number: number;
  /** Row by row, left to right as printed; undefined is an empty place. */
  readonly slots: readonly (T | undefined)[];
}

/**
 * Fronts and backs on alternating sheets. A back sheet is the front sheet mirrored left to right,
 * so printing on both sides, flipped on the long edge, puts each back behind its own front.
 */
export function layoutSheets<T>(items: readonly T[], size: CardSize): Sheet<T>[] {
  const { cols, rows } = GEOMETRY[size];
  const perSheet = cols * rows;
  const sheets: Sheet<T>[] = [];
  for (let start = 0; start < items.length; start += perSheet) {
    const chunk = items.slice(start, start + perSheet);
    const number = start / perSheet + 1;
    const front = Array.from({ length: perSheet }, (_, i) => chunk[i]);
    const back = Array.from({ length: perSheet }, (_, i) => {
      const row = Math.floor(i / cols);
      const col = i % cols;
      return chunk[row * cols + (cols - 1 - col)];
    });
    sheets.push({ side: 'front', number, slots: front }, { side: 'back', number, slots: back });
  }
  return sheets;
}

export interface Line {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

const TICK = 5;
const GAP = 1.5;
/** Printers do not print the outer few millimetres of a sheet. */
const UNPRINTABLE = 4;

/**
 * Thin cut marks, all lying on the cut lines so cutting removes them: ticks where each grid line
 * meets the margin (or, where the grid reaches the paper's edge, just inside the printable area),
 * and small crosses where inner lines meet. Lines on the paper's own edge need no cut and no mark.
 */
export function cutMarks({ cols, rows, cardWidth, cardHeight, offsetX, offsetY }: SheetGeometry): Line[] {
  const lines: Line[] = [];
  const right = offsetX + cols * cardWidth;
  const bottom = offsetY + rows * cardHeight;
  const xs = Array.from({ length: cols + 1 }, (_, i) => offsetX + i * cardWidth).filter((x) => x > 0 && x < PAGE.width);
  const ys = Array.from({ length: rows + 1 }, (_, i) => offsetY + i * cardHeight).filter(
    (y) => y > 0 && y < PAGE.height,
  );
  // Ticks outside the grid when there is room, else inside from the printable edge.
  const before = (start: number): [number, number] =>
    start >= TICK + GAP + UNPRINTABLE ? [start - GAP - TICK, start - GAP] : [UNPRINTABLE, UNPRINTABLE + TICK];
  const after = (end: number, limit: number): [number, number] =>
    limit - end >= TICK + GAP + UNPRINTABLE
      ? [end + GAP, end + GAP + TICK]
      : [limit - UNPRINTABLE - TICK, limit - UNPRINTABLE];
  for (const x of xs) {
    const [t1, t2] = before(offsetY);
    const [b1, b2] = after(bottom, PAGE.height);
    lines.push({ x1: x, y1: t1, x2: x, y2: t2 }, { x1: x, y1: b1, x2: x, y2: b2 });
  }
  for (const y of ys) {
    const [l1, l2] = before(offsetX);
    const [r1, r2] = after(right, PAGE.width);
    lines.push({ x1: l1, y1: y, x2: l2, y2: y }, { x1: r1, y1: y, x2: r2, y2: y });
  }
  const arm = 2;
  for (const x of xs.filter((x) => x > offsetX && x < right)) {
    for (const y of ys.filter((y) => y > offsetY && y < bottom)) {
      lines.push({ x1: x - arm, y1: y, x2: x + arm, y2: y }, { x1: x, y1: y - arm, x2: x, y2: y + arm });
    }
  }
  return lines;
}

/**
 * A note cut to at most what could fit on the back of a card, ending in an ellipsis when shortened.
 * The card's own text leaves less room on some cards: the print card measures and cuts further (cutNote).
 */
export function fitNote(text: string, size: CardSize): { readonly text: string; readonly cut: boolean } {
  return cutNote(text, size === 'a6' ? 600 : 220);
}

/** A note of at most `max` characters, cut at a word where one is near, ending in an ellipsis when shortened. */
export function cutNote(text: string, max: number): { readonly text: string; readonly cut: boolean } {
  const trimmed = text.trim();
  if (trimmed.length <= max) return { text: trimmed, cut: false };
  const cut = trimmed.slice(0, Math.max(0, max));
  const lastSpace = cut.lastIndexOf(' ');
  return { text: `${(lastSpace > max * 0.8 ? cut.slice(0, lastSpace) : cut).trimEnd()} …`, cut: true };
}
