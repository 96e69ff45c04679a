import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/actor';
import { PrintCard } from './print-card';
import type { PrintItem } from './print-card';
import { cutMarks, GEOMETRY, layoutSheets, PAGE } from './print-layout';
import type { CardSize } from './print-layout';

interface PrintSheetsProps {
  readonly items: readonly PrintItem[];
  readonly size: CardSize;
  readonly lang: Lang;
  readonly origin: string;
}

const keyOf = (item: PrintItem): string => (item.kind === 'card' ? item.card.id : item.key);

/** The A4 sheets as they print: fronts, then the same cards' backs mirrored, with cut marks. */
export function PrintSheets({ items, size, lang, origin }: PrintSheetsProps) {
  const { t } = useTranslation('print');
  const geometry = GEOMETRY[size];
  const marks = cutMarks(geometry);
  const style = {
    '--card-w': `${geometry.cardWidth}mm`,
    '--card-h': `${geometry.cardHeight}mm`,
    '--grid-x': `${geometry.offsetX}mm`,
    '--grid-y': `${geometry.offsetY}mm`,
    '--cols': geometry.cols,
  } as CSSProperties;
  return (
    <>
      {layoutSheets(items, size).map((sheet) => (
        <section
          key={`${sheet.side}-${sheet.number}`}
          className={`print-sheet print-sheet--${size} print-sheet--${sheet.side}`}
          style={style}
          aria-label={t(sheet.side === 'front' ? 'sheetFront' : 'sheetBack', { number: sheet.number })}
        >
          <svg className="print-sheet__marks" viewBox={`0 0 ${PAGE.width} ${PAGE.height}`} aria-hidden="true">
            {marks.map((line, i) => (
              <line key={i} {...line} />
            ))}
          </svg>
          <div className="print-sheet__grid">
            {sheet.slots.map((item, i) =>
              item ? (
                <PrintCard key={keyOf(item)} item={item} side={sheet.side} lang={lang} size={size} origin={origin} />
              ) : (
                <div key={`empty-${i}`} className="pcard pcard--empty" />
              ),
            )}
          </div>
        </section>
      ))}
    </>
  );
}
