import { useId, useLayoutEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTOR_IDS } from '../../domain/actor';
import type { ActorId } from '../../domain/actor';
import { ActorBadge } from '../shared/actor-badge';
import { actorWord, findActor } from '../shared/actor-name';
import { deckSize } from '../shared/deck-size';
import { useLang } from '../shared/use-lang';
import { usePairName } from '../shared/use-pair-name';
import { useEditionCore } from '../shared/edition-context';
import { ALL_PARTNERS } from '../routing/route';
import type { PartnerChoice } from '../routing/route';
import { navigate } from '../routing/use-route';
import './deck-picker.css';

/** "Jeg er … og samarbejder med …": picks a deck in two taps and says how many cards it has. */
export function DeckPicker() {
  const edition = useEditionCore();
  const lang = useLang();
  const { t } = useTranslation('start');
  const pairName = usePairName();
  const ids = useId();
  const [from, setFrom] = useState<ActorId | null>(null);
  const [to, setTo] = useState<PartnerChoice>(ALL_PARTNERS);
  const form = useRef<HTMLFormElement>(null);

  // The picker is prerendered: a choice made before the app took over is still checked in the form
  // (hydration keeps it). Take it over, or the next render would uncheck it under the user's finger.
  useLayoutEffect(() => {
    const fields = form.current?.elements;
    if (!fields) return;
    const checked = (name: string): string | undefined => (fields.namedItem(name) as RadioNodeList | null)?.value;
    const chosenFrom = ACTOR_IDS.find((id) => id === checked(`${ids}-from`)) ?? null;
    const chosenTo = ACTOR_IDS.find((id) => id === checked(`${ids}-to`) && id !== chosenFrom);
    setFrom(chosenFrom);
    setTo(chosenTo ?? ALL_PARTNERS);
  }, [ids]);

  // Nobody collaborates with themselves, so the chosen actor is not offered as a partner.
  const partners: PartnerChoice[] = [...ACTOR_IDS.filter((id) => id !== from), ALL_PARTNERS];
  const count = from ? deckSize(edition.deckSizes, from, to) : 0;

  const chooseFrom = (id: ActorId): void => {
    setFrom(id);
    if (to === id) setTo(ALL_PARTNERS);
  };

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (from && count > 0) navigate({ name: 'deck', from, to });
  };

  let status: string;
  if (!from) status = t('picker.chooseFrom');
  else if (count > 0) status = pairName(from, to, count);
  else if (to === ALL_PARTNERS) {
    const actor = findActor(edition, from);
    status = t('picker.noneAll', {
      pair: pairName(from, to, 0),
      actor: actor ? actorWord(actor, lang, 'plural') : from,
    });
  } else status = t('picker.none', { pair: pairName(from, to, 0) });

  return (
    <form ref={form} className="deck-picker" onSubmit={submit} aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`} className="deck-picker__heading">
        {t('picker.heading')}
      </h2>
      <fieldset className="deck-picker__group">
        <legend className="deck-picker__legend">{t('picker.from')}</legend>
        <div className="deck-picker__options">
          {ACTOR_IDS.map((id) => (
            <label key={id} className="deck-picker__option">
              <input
                type="radio"
                name={`${ids}-from`}
                value={id}
                checked={from === id}
                onChange={() => chooseFrom(id)}
              />
              <ActorBadge actorId={id} />
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="deck-picker__group">
        <legend className="deck-picker__legend">{t('picker.to')}</legend>
        <div className="deck-picker__options">
          {partners.map((id) => (
            <label key={id} className="deck-picker__option">
              <input type="radio" name={`${ids}-to`} value={id} checked={to === id} onChange={() => setTo(id)} />
              {id === ALL_PARTNERS ? (
                <span className="deck-picker__all">{t('picker.all')}</span>
              ) : (
                <ActorBadge actorId={id} />
              )}
              {from && (
                <>
                  {' '}
                  <span className="deck-picker__count">
                    {t('cardCount', { count: deckSize(edition.deckSizes, from, id) })}
                  </span>
                </>
              )}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="deck-picker__footer">
        <p className="deck-picker__status" role="status">
          {status}
        </p>
        <button type="submit" className="button button--primary deck-picker__submit" disabled={count === 0}>
          {t('picker.submit')}
        </button>
      </div>
    </form>
  );
}
