import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { FocusEvent, ReactNode } from 'react';
import './virtual-list.css';

interface VirtualListProps<T> {
  readonly items: ArrayLike<T>;
  /**
   * The height of a row in rem. Fixed rows (the default) all have it, their texts clamped to fit;
   * with `variableHeight` it is only the first guess, and each row is measured once it is drawn.
   */
  readonly rowHeightRem: number;
  readonly variableHeight?: boolean;
  readonly itemKey: (item: T) => string;
  readonly renderItem: (item: T, index: number) => ReactNode;
  readonly label: string;
  /** Rows drawn beyond the screen on either side, so a fast scroll or Tab never meets a gap. */
  readonly overscan?: number;
  readonly ordered?: boolean;
  readonly className?: string;
}

interface Range {
  readonly start: number;
  readonly end: number;
}

/** The page's root font size in px (rows are sized in rem, so they follow the user's text size). */
function remPx(): number {
  return Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

/** Rows drawn before the list knows where it is on the screen (about a tablet screen's worth). */
const FIRST_ROWS = 20;

/** The first row whose bottom is below `y` (offsets[i] is the top of row i, offsets[count] the end). */
function rowAt(offsets: Float64Array, y: number): number {
  let low = 0;
  let high = offsets.length - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((offsets[mid + 1] as number) <= y) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * A long list that draws only the rows near the screen (the page scrolls, not the list), so ten
 * thousand cards or notes cost what twenty do. Each row says its place (aria-posinset/setsize),
 * and a row that gets keyboard focus pulls its neighbours in, so Tab walks on through the list.
 */
export function VirtualList<T>({
  items,
  rowHeightRem,
  variableHeight = false,
  itemKey,
  renderItem,
  label,
  overscan = 8,
  ordered = false,
  className,
}: VirtualListProps<T>) {
  const listRef = useRef<HTMLUListElement & HTMLOListElement>(null);
  const [rowPx, setRowPx] = useState(() => rowHeightRem * 16);
  const [range, setRange] = useState<Range>({ start: 0, end: FIRST_ROWS });
  const count = items.length;

  // Drawn heights of variable rows by key (a row not drawn yet has the estimate); by key, not
  // position, so a row keeps its height when rows before it come or go.
  const [heights, setHeights] = useState<ReadonlyMap<string, number>>(() => new Map());
  const offsets = useMemo(() => {
    const tops = new Float64Array(count + 1);
    for (let i = 0; i < count; i += 1) {
      const height = variableHeight ? (heights.get(itemKey(items[i] as T)) ?? rowPx) : rowPx;
      tops[i + 1] = (tops[i] as number) + height;
    }
    return tops;
  }, [items, count, rowPx, variableHeight, heights, itemKey]);

  const measure = useCallback(() => {
    const list = listRef.current;
    if (!list) return;
    setRowPx((current) => {
      const row = rowHeightRem * remPx();
      return current === row ? current : row;
    });
    const top = list.getBoundingClientRect().top;
    const viewport = window.innerHeight || 800;
    const first = rowAt(offsets, Math.max(0, -top));
    const last = rowAt(offsets, Math.max(0, viewport - top)) + 1;
    const next = { start: Math.max(0, first - overscan), end: Math.min(count, last + overscan) };
    // The same rows drawn (a short list's first guess already covers all of it): no new render.
    setRange((current) =>
      Math.min(current.start, count) === next.start && Math.min(current.end, count) === next.end ? current : next,
    );
  }, [rowHeightRem, overscan, count, offsets]);

  useLayoutEffect(() => {
    measure();
    let frame = 0;
    const onChange = (): void => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        measure();
      });
    };
    window.addEventListener('scroll', onChange, { passive: true });
    window.addEventListener('resize', onChange);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onChange);
      window.removeEventListener('resize', onChange);
    };
  }, [measure]);

  // Variable rows report their drawn height; one re-layout per frame, however many rows changed.
  const observer = useMemo(() => {
    if (!variableHeight || typeof ResizeObserver === 'undefined') return undefined;
    const pending = new Map<string, number>();
    let frame = 0;
    return new ResizeObserver((entries) => {
      for (const entry of entries) {
        const key = (entry.target as HTMLElement).dataset.key;
        if (key !== undefined) pending.set(key, entry.borderBoxSize[0]?.blockSize ?? entry.contentRect.height);
      }
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setHeights((current) => {
          const changed = [...pending].filter(([key, height]) => Math.abs((current.get(key) ?? -1) - height) > 0.5);
          pending.clear();
          return changed.length === 0 ? current : new Map([...current, ...changed]);
        });
      });
    });
  }, [variableHeight]);
  useLayoutEffect(() => () => observer?.disconnect(), [observer]);
  const observe = useCallback(
    (row: HTMLLIElement | null) => {
      if (!row || !observer) return;
      observer.observe(row);
      return () => observer.unobserve(row);
    },
    [observer],
  );

  const onFocus = (event: FocusEvent<HTMLElement>): void => {
    const row = (event.target as Element).closest<HTMLElement>('[data-index]');
    const index = Number(row?.dataset.index);
    if (!Number.isInteger(index)) return;
    setRange((current) =>
      index - current.start < overscan || current.end - index <= overscan
        ? {
            start: Math.max(0, Math.min(current.start, index - overscan)),
            end: Math.min(count, Math.max(current.end, index + overscan + 1)),
          }
        : current,
    );
  };

  const start = Math.min(range.start, count);
  const end = Math.min(range.end, count);
  const rows: ReactNode[] = [];
  for (let index = start; index < end; index += 1) {
    const item = items[index] as T;
    const key = itemKey(item);
    rows.push(
      <li
        key={key}
        data-key={variableHeight ? key : undefined}
        ref={variableHeight ? observe : undefined}
        className="virtual-list__row"
        data-index={index}
        aria-setsize={count}
        aria-posinset={index + 1}
        style={{ top: offsets[index], height: variableHeight ? undefined : rowPx }}
      >
        {renderItem(item, index)}
      </li>,
    );
  }
  const List = ordered ? 'ol' : 'ul';
  return (
    <List
      ref={listRef}
      className={`virtual-list${className ? ` ${className}` : ''}`}
      aria-label={label}
      style={{ height: offsets[count] }}
      onFocus={onFocus}
    >
      {rows}
    </List>
  );
}
