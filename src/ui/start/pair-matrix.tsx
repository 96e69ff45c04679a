import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTOR_IDS } from '../../domain/actor';
import type { ActorId } from '../../domain/actor';
import { ActorBadge } from '../shared/actor-badge';
import { usePairName } from '../shared/use-pair-name';
import { useEditionCore } from '../shared/edition-context';
import { Link } from '../routing/link';
import './pair-matrix.css';

/** Every ordered pair at a glance: rows "Jeg er", columns "samarbejder med", each cell a deck. */
export function PairMatrix() {
  const edition = useEditionCore();
  const { t } = useTranslation('start');
  const pairName = usePairName();
  const ids = useId();
  const counts = edition.deckSizes;

  // The unit ("kort") steps aside visually on a phone so four columns fit; screen readers keep it.
  const amount = (count: number) => (
    <>
      {count}
      <span className="pair-matrix__unit"> {t('matrix.unit', { count })}</span>
    </>
  );

  const cell = (from: ActorId, to: ActorId) => {
    if (from === to) {
      return (
        <td key={to} className="pair-matrix__cell pair-matrix__cell--na">
          <span aria-hidden="true">–</span>
          <span className="visually-hidden">{t('matrix.notApplicable')}</span>
        </td>
      );
    }
    const count = counts[from][to];
    if (count === 0) {
      return (
        <td key={to} className="pair-matrix__cell pair-matrix__cell--empty">
          {amount(count)}
        </td>
      );
    }
    return (
      <td key={to} className="pair-matrix__cell">
        {/* The visible count is part of the name, so speech input finds the link by what it shows. */}
        <Link to={{ name: 'deck', from, to }} className="pair-matrix__link" aria-label={pairName(from, to, count)}>
          {amount(count)}
        </Link>
      </td>
    );
  };

  return (
    <section className="pair-matrix" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`} className="pair-matrix__heading">
        {t('matrix.heading')}
      </h2>
      <p className="pair-matrix__hint">{t('matrix.hint')}</p>
      {/* Focusable so a keyboard can scroll the table sideways on a narrow phone. */}
      <div className="pair-matrix__scroll" role="region" aria-labelledby={`${ids}-caption`} tabIndex={0}>
        <table className="pair-matrix__table">
          <caption id={`${ids}-caption`} className="pair-matrix__caption">
            {t('matrix.caption')}
          </caption>
          <thead>
            <tr>
              <td className="pair-matrix__corner">
                <span>
                  {t('matrix.rows')} <span aria-hidden="true">↓</span>
                </span>
                <span>
                  {t('matrix.columns')} <span aria-hidden="true">→</span>
                </span>
              </td>
              {ACTOR_IDS.map((to) => (
                <th key={to} scope="col" className="pair-matrix__col">
                  <ActorBadge actorId={to} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ACTOR_IDS.map((from) => (
              <tr key={from}>
                <th scope="row" className="pair-matrix__row">
                  <ActorBadge actorId={from} />
                </th>
                {ACTOR_IDS.map((to) => cell(from, to))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
