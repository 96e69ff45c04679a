import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTOR_IDS } from '../../domain/actor';
import type { ActorId, Lang } from '../../domain/actor';
import type { Card } from '../../domain/card';
import { foldText } from '../../domain/search-text';
import { actorName } from '../shared/actor-name';
import { useLang } from '../shared/use-lang';
import { PairLabel } from '../shared/pair-label';
import { useEdition } from '../shared/edition-context';
import { VirtualList } from '../shared/virtual-list';

interface CardPickerProps {
  readonly selected: ReadonlySet<string>;
  readonly onToggle: (cardId: string) => void;
  /** No more cards may be added (a shared link has a limit). */
  readonly full: boolean;
}

type ActorFilter = ActorId | '';

interface Choice {
  readonly card: Card;
  readonly folded: string;
}

// Folded once per edition and language: filtering ten thousand titles is then one includes() each.
const foldedTitles = new WeakMap<readonly Card[], Partial<Record<Lang, Choice[]>>>();

function choicesFor(cards: readonly Card[], lang: Lang): Choice[] {
  const byLang = foldedTitles.get(cards) ?? {};
  foldedTitles.set(cards, byLang);
  byLang[lang] ??= cards
    .filter((card) => card.status === 'active')
    .map((card) => ({ card, folded: foldText(`${card.title[lang]} ${card.tip.text[lang]}`) }));
  return byLang[lang];
}

/** Every card to choose from, narrowed by words and by who works with whom; the list is virtual. */
export function CardPicker({ selected, onToggle, full }: CardPickerProps) {
  const { t } = useTranslation('shelf');
  const lang = useLang();
  const edition = useEdition();
  const ids = useId();
  const [text, setText] = useState('');
  const [from, setFrom] = useState<ActorFilter>('');
  const [to, setTo] = useState<ActorFilter>('');
  const filter = useDeferredValue({ text, from, to });

  const choices = useMemo(() => {
    const words = foldText(filter.text).split(/\s+/).filter(Boolean);
    return choicesFor(edition.cards, lang).filter(
      ({ card, folded }) =>
        (filter.from === '' || card.from === filter.from) &&
        (filter.to === '' || card.to === filter.to) &&
        words.every((word) => folded.includes(word)),
    );
  }, [edition.cards, lang, filter]);

  const actorOptions = (
    <>
      <option value="">{t('editor.anyActor')}</option>
      {ACTOR_IDS.map((id) => {
        const actor = edition.actors.find((a) => a.id === id);
        return (
          <option key={id} value={id}>
            {actor ? actorName(actor, lang) : id}
          </option>
        );
      })}
    </>
  );

  return (
    <div className="card-picker">
      <div className="card-picker__filters">
        <div className="card-picker__field card-picker__field--wide">
          <label htmlFor={`${ids}-text`}>{t('editor.filter')}</label>
          <input
            id={`${ids}-text`}
            type="search"
            value={text}
            onChange={(event) => setText(event.target.value)}
            // Enter narrows the list; it must not save the deck around it.
            onKeyDown={(event) => {
              if (event.key === 'Enter') event.preventDefault();
            }}
            autoComplete="off"
          />
        </div>
        <div className="card-picker__field">
          <label htmlFor={`${ids}-from`}>{t('editor.from')}</label>
          <select id={`${ids}-from`} value={from} onChange={(event) => setFrom(event.target.value as ActorFilter)}>
            {actorOptions}
          </select>
        </div>
        <div className="card-picker__field">
          <label htmlFor={`${ids}-to`}>{t('editor.to')}</label>
          <select id={`${ids}-to`} value={to} onChange={(event) => setTo(event.target.value as ActorFilter)}>
            {actorOptions}
          </select>
        </div>
      </div>
      <p className="card-picker__count" role="status">
        {t('editor.matches', { count: choices.length })}
      </p>
      <VirtualList
        items={choices}
        rowHeightRem={5.5}
        itemKey={(choice) => choice.card.id}
        label={t('editor.pickLabel')}
        renderItem={({ card }) => {
          const checked = selected.has(card.id);
          return (
            <label className="card-picker__choice">
              <input type="checkbox" checked={checked} disabled={full && !checked} onChange={() => onToggle(card.id)} />
              <span className="card-picker__text">
                <span className="card-picker__title">{card.title[lang]}</span>
                <PairLabel from={card.from} to={card.to} />
              </span>
            </label>
          );
        }}
      />
    </div>
  );
}
