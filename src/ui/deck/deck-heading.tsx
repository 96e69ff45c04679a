import { useTranslation } from 'react-i18next';
import type { ActorId } from '../../domain/actor';
import { ActorBadge } from '../shared/actor-badge';
import { ALL_PARTNERS } from '../routing/route';
import type { PartnerChoice } from '../routing/route';

/** "Lærer → Virksomhed": the pair a deck is for, as its page heading. */
export function DeckHeading({ from, to }: { readonly from: ActorId; readonly to: PartnerChoice }) {
  const { t } = useTranslation('deck');
  return (
    <h1 className="deck__heading">
      <ActorBadge actorId={from} variant="singular" />
      <span aria-hidden="true"> → </span>
      <span className="visually-hidden"> {t('toWord')} </span>
      {to === ALL_PARTNERS ? <span>{t('everyone')}</span> : <ActorBadge actorId={to} variant="singular" />}
    </h1>
  );
}
