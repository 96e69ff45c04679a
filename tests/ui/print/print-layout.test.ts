import { describe, expect, it } from 'vitest';
import { cutMarks, fitNote, GEOMETRY, layoutSheets, PAGE } from '../../../src/ui/print/print-layout';

describe('laying out cards on A4 sheets', () => {
  it('puts four A6 cards on a sheet that A4 cut in four makes exactly', () => {
    const { cols, rows, cardWidth, cardHeight, offsetX, offsetY } = GEOMETRY.a6;
    expect([cols, rows, cardWidth, cardHeight, offsetX, offsetY]).toEqual([2, 2, 105, 148.5, 0, 0]);
  });

  it('centres nine poker cards (63 × 88 mm) with room for cut marks', () => {
    const { cols, rows, cardWidth, cardHeight, offsetX, offsetY } = GEOMETRY.poker;
    expect([cols, rows, cardWidth, cardHeight]).toEqual([3, 3, 63, 88]);
    expect(offsetX).toBeCloseTo(10.5);
    expect(offsetY).toBeCloseTo(16.5);
  });

  it('alternates fronts and backs, backs mirrored left to right for long-edge duplex', () => {
    const sheets = layoutSheets(['a', 'b', 'c', 'd', 'e'], 'a6');
    expect(sheets.map((s) => `${s.side}${s.number}`)).toEqual(['front1', 'back1', 'front2', 'back2']);
    expect(sheets[0]?.slots).toEqual(['a', 'b', 'c', 'd']);
    expect(sheets[1]?.slots).toEqual(['b', 'a', 'd', 'c']);
    expect(sheets[2]?.slots).toEqual(['e', undefined, undefined, undefined]);
    expect(sheets[3]?.slots).toEqual([undefined, 'e', undefined, undefined]);
  });

  it('mirrors a row of three poker cards about its middle', () => {
    const sheets = layoutSheets(['1', '2', '3', '4', '5', '6', '7'], 'poker');
    expect(sheets[1]?.slots).toEqual(['3', '2', '1', '6', '5', '4', undefined, undefined, '7']);
  });

  it('puts each back exactly behind its front when the sheet is turned over', () => {
    for (const size of ['a6', 'poker'] as const) {
      const { cols, cardWidth, offsetX } = GEOMETRY[size];
      const items = Array.from({ length: cols * GEOMETRY[size].rows }, (_, i) => i);
      const [front, back] = layoutSheets(items, size);
      front?.slots.forEach((item, i) => {
        const col = i % cols;
        const frontLeft = offsetX + col * cardWidth;
        const backIndex = back?.slots.indexOf(item) ?? -1;
        const backLeft = offsetX + (backIndex % cols) * cardWidth;
        // Turned over on the long edge, x becomes PAGE.width - x.
        expect(PAGE.width - (backLeft + cardWidth)).toBeCloseTo(frontLeft);
      });
    }
  });

  it('has no sheets for no cards', () => {
    expect(layoutSheets([], 'a6')).toEqual([]);
  });
});

describe('cut marks', () => {
  it.each(['a6', 'poker'] as const)('lie on the cut lines and inside the printable area (%s)', (size) => {
    const geometry = GEOMETRY[size];
    const xs = Array.from({ length: geometry.cols + 1 }, (_, i) => geometry.offsetX + i * geometry.cardWidth);
    const ys = Array.from({ length: geometry.rows + 1 }, (_, i) => geometry.offsetY + i * geometry.cardHeight);
    const marks = cutMarks(geometry);
    expect(marks.length).toBeGreaterThan(0);
    for (const line of marks) {
      const vertical = line.x1 === line.x2;
      const onLine = vertical
        ? xs.some((x) => Math.abs(x - line.x1) < 1e-9)
        : ys.some((y) => Math.abs(y - line.y1) < 1e-9);
      expect(onLine, JSON.stringify(line)).toBe(true);
      for (const value of [line.x1, line.x2]) expect(value).toBeGreaterThanOrEqual(4 - 2.1);
      for (const value of [line.x1, line.x2]) expect(value).toBeLessThanOrEqual(PAGE.width - 4 + 2.1);
      for (const value of [line.y1, line.y2]) expect(value).toBeGreaterThanOrEqual(4 - 2.1);
      for (const value of [line.y1, line.y2]) expect(value).toBeLessThanOrEqual(PAGE.height - 4 + 2.1);
    }
  });

  it('marks the A6 cuts through the middle, not the paper’s own edges', () => {
    const marks = cutMarks(GEOMETRY.a6);
    expect(marks.some((l) => l.x1 === 0 && l.x2 === 0)).toBe(false);
    expect(marks.some((l) => l.x1 === 105 && l.x2 === 105)).toBe(true);
    expect(marks.some((l) => l.y1 === 148.5 && l.y2 === 148.5)).toBe(true);
  });

  it('ticks every poker grid line outside the cards', () => {
    const { offsetX, offsetY } = GEOMETRY.poker;
    const marks = cutMarks(GEOMETRY.poker);
    // 4 vertical and 4 horizontal lines, two ticks each, and a cross at each of the 4 inner corners.
    expect(marks).toHaveLength(4 * 2 + 4 * 2 + 4 * 2);
    const topTicks = marks.filter((l) => l.x1 === l.x2 && l.y2 <= offsetY);
    expect(topTicks).toHaveLength(4);
    const leftTicks = marks.filter((l) => l.y1 === l.y2 && l.x2 <= offsetX);
    expect(leftTicks).toHaveLength(4);
  });
});

describe('a note on a card’s back', () => {
  it('is kept whole when it fits', () => {
    expect(fitNote('  Ring til Jens  ', 'poker')).toEqual({ text: 'Ring til Jens', cut: false });
  });

  it('is cut at a word with an ellipsis when it does not', () => {
    const long = 'ord '.repeat(100);
    const poker = fitNote(long, 'poker');
    expect(poker.cut).toBe(true);
    expect(poker.text.length).toBeLessThanOrEqual(222);
    expect(poker.text.endsWith('ord …')).toBe(true);
    expect(fitNote(long, 'a6').cut).toBe(false);
  });
});
