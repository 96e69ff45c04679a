import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTOR_IDS } from '../../domain/actor';
import type { ActorId } from '../../domain/actor';
import { useEdition } from '../shared/edition-context';
import { ALL_PARTNERS } from '../routing/route';
import { actorWord, findActor } from '../shared/actor-name';
import { PairLink } from './pair-link';
import { useLang } from '../shared/use-lang';

interface ActorDecksProps {
  readonly actorId: ActorId;
}

/** Every deck an actor is part of: the cards for the actor, and the cards for working with it. */
export function ActorDecks({ actorId }: ActorDecksProps) {
  const edition = useEdition();
  const lang = useLang();
  const { t } = useTranslation('actors');
  const ids = useId();
  const actor = findActor(edition, actorId);
  const plural = actor ? actorWord(actor, lang, 'plural') : actorId;
  const others = ACTOR_IDS.filter((id) => id !== actorId);

  return (
    <div className="actor-decks">
      <section aria-labelledby={`${ids}-from`}>
        <h3 id={`${ids}-from`}>{t('page.asFrom', { actor: plural })}</h3>
        <ul className="actor-decks__list">
          {others.map((to) => (
            <li key={to}>
              <PairLink from={actorId} to={to} />
            </li>
          ))}
          <li>
            <PairLink from={actorId} to={ALL_PARTNERS} />
          </li>
        </ul>
      </section>
      <section aria-labelledby={`${ids}-to`}>
        <h3 id={`${ids}-to`}>{t('page.asTo', { actor: plural })}</h3>
        <ul className="actor-decks__list">
          {others.map((from) => (
            <li key={from}>
              <PairLink from={from} to={actorId} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
