import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/actor';
import type { Erratum } from '../../domain/text';
import { useLang } from './use-lang';
import './errata-list.css';

interface ErrataListProps {
  readonly errata: readonly Erratum[];
  /** Language of the editors' notes; the UI language by default. */
  readonly lang?: Lang;
}

/**
 * The typos we corrected in a passage, as a small footnote under it, so the printed wording stays
 * visible and nobody mistakes our correction for the note's own text. Renders nothing when empty.
 */
export function ErrataList({ errata, lang }: ErrataListProps) {
  const { t } = useTranslation('actors');
  const uiLang = useLang();
  if (errata.length === 0) return null;
  const noteLang = lang ?? uiLang;
  return (
    <ul className="errata-list" aria-label={t('errata.label')}>
      {errata.map((erratum) => (
        <li key={`${erratum.original}→${erratum.corrected}`} className="errata-list__item">
          <span className="errata-list__change">
            {erratum.corrected === ''
              ? t('errata.removed', { original: erratum.original })
              : t('errata.corrected', { original: erratum.original, corrected: erratum.corrected })}
          </span>{' '}
          <span className="errata-list__note">{erratum.note[noteLang]}</span>
        </li>
      ))}
    </ul>
  );
}
