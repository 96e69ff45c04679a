import { useTranslation } from 'react-i18next';
import type { ActorId } from '../../domain/actor';
import { deckOf } from '../../domain/deck-of';
import { actorText } from '../shared/actor-name';
import { useLang } from '../shared/use-lang';
import { useEdition } from '../shared/edition-context';
import { Link } from '../routing/link';
import { ALL_PARTNERS } from '../routing/route';
import type { PartnerChoice } from '../routing/route';

/** A pair with no cards in this edition, said honestly, with the ways on. */
export function DeckEmpty({
  from,
  to,
  heading,
}: {
  readonly from: ActorId;
  readonly to: PartnerChoice;
  readonly heading: string;
}) {
  const { t } = useTranslation('deck');
  const lang = useLang();
  const edition = useEdition();
  const name = (id: ActorId): string => actorText(edition, id, lang, 'plural');
  const reverse = to === ALL_PARTNERS ? [] : deckOf(edition, to, from);
  return (
    <div className="deck deck--empty">
      <h1 className="deck__heading">{heading}</h1>
      <h2>{t('empty.title')}</h2>
      <p>{t('empty.body', { from: name(from), to: to === ALL_PARTNERS ? t('everyone') : name(to) })}</p>
      <p className="deck__extras">
        {to !== ALL_PARTNERS && reverse.length > 0 && (
          <Link className="button" to={{ name: 'deck', from: to, to: from }}>
            {t('empty.tryReverse', { count: reverse.length })}
          </Link>
        )}
        <Link className="button" to={{ name: 'start' }}>
          {t('empty.back')}
        </Link>
      </p>
    </div>
  );
}
