import { useTranslation } from 'react-i18next';
import type { ActorId } from '../../domain/actor';
import { ActorBadge } from './actor-badge';

/** "Lærer → Virksomhed" with each actor's colour, symbol and name (never colour alone). */
export function PairLabel({ from, to }: { readonly from: ActorId; readonly to: ActorId }) {
  const { t } = useTranslation('deck');
  return (
    <span className="pair-label">
      <ActorBadge actorId={from} variant="singular" />
      <span className="pair-label__arrow" aria-hidden="true">
        →
      </span>
      <span className="visually-hidden"> {t('toWord')} </span>
      <ActorBadge actorId={to} variant="singular" />
    </span>
  );
}
