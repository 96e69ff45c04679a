import { useId, useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  cleanDeckName,
  createDeckId,
  MAX_DECK_NAME_LENGTH,
  MAX_SHARED_CARDS,
  moveItem,
  toggleId,
} from '../../domain/own-deck';
import type { OwnDeck } from '../../storage/record-store';
import { useLang } from '../shared/use-lang';
import { PairLabel } from '../shared/pair-label';
import { useCardsById } from '../shared/use-cards-by-id';
import { useShelfStores } from '../shared/shelf-stores';
import { Link } from '../routing/link';
import { navigate } from '../routing/use-route';
import { CardPicker } from './card-picker';

interface OwnDeckEditorProps {
  /** The deck being changed; absent for a new one. */
  readonly deck?: OwnDeck | undefined;
  /** A new deck's starting point (from "Mine kort" or a link). */
  readonly initial?: { readonly name: string; readonly cardIds: readonly string[] } | undefined;
  readonly now?: () => number;
}

/** Choose cards, put them in order, name the deck and save it on this device. */
export function OwnDeckEditor({ deck, initial, now = Date.now }: OwnDeckEditorProps) {
  const { t } = useTranslation('shelf');
  const lang = useLang();
  const ids = useId();
  const { decks } = useShelfStores();
  const byId = useCardsById();
  const [name, setName] = useState(deck?.name ?? initial?.name ?? '');
  const [cardIds, setCardIds] = useState<readonly string[]>(() =>
    (deck?.cardIds ?? initial?.cardIds ?? []).filter((id) => byId.get(id)?.status === 'active'),
  );
  const [problem, setProblem] = useState<'name' | 'cards' | 'save' | undefined>();
  const selected = useMemo(() => new Set(cardIds), [cardIds]);

  const save = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const cleanName = cleanDeckName(name);
    if (cleanName === '') return setProblem('name');
    if (cardIds.length === 0) return setProblem('cards');
    const at = now();
    const saved: OwnDeck = {
      id: deck?.id ?? createDeckId(at),
      name: cleanName,
      cardIds,
      createdAt: deck?.createdAt ?? at,
      updatedAt: at,
    };
    try {
      await decks.put(saved);
    } catch {
      return setProblem('save');
    }
    navigate({ name: 'ownDecks', deckId: saved.id });
  };

  const remove = (id: string): void => setCardIds((current) => current.filter((other) => other !== id));

  return (
    <form className="shelf-page deck-editor" onSubmit={(event) => void save(event)} noValidate>
      <h1>{deck ? t('editor.titleEdit') : t('editor.titleNew')}</h1>
      <div className="deck-editor__name">
        <label htmlFor={`${ids}-name`}>{t('editor.name')}</label>
        <input
          id={`${ids}-name`}
          value={name}
          maxLength={MAX_DECK_NAME_LENGTH}
          onChange={(event) => setName(event.target.value)}
          aria-invalid={problem === 'name'}
          aria-describedby={problem === 'name' ? `${ids}-problem` : undefined}
        />
      </div>

      <section aria-labelledby={`${ids}-chosen`}>
        <h2 id={`${ids}-chosen`}>{t('editor.chosen', { count: cardIds.length })}</h2>
        {cardIds.length === 0 ? (
          <p>{t('editor.chosenEmpty')}</p>
        ) : (
          <ol className="deck-editor__chosen">
            {cardIds.map((id, index) => {
              const card = byId.get(id);
              const title = card?.title[lang] ?? id;
              return (
                <li key={id} className="deck-editor__item">
                  <span className="deck-editor__item-text">
                    <span className="deck-editor__item-title">{title}</span>
                    {card && <PairLabel from={card.from} to={card.to} />}
                  </span>
                  <span className="deck-editor__item-actions">
                    <button
                      type="button"
                      className="button"
                      disabled={index === 0}
                      onClick={() => setCardIds(moveItem(cardIds, index, index - 1))}
                      aria-label={t('editor.moveUp', { title })}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className="button"
                      disabled={index === cardIds.length - 1}
                      onClick={() => setCardIds(moveItem(cardIds, index, index + 1))}
                      aria-label={t('editor.moveDown', { title })}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      className="button"
                      onClick={() => remove(id)}
                      aria-label={t('editor.remove', { title })}
                    >
                      {t('editor.removeShort')}
                    </button>
                  </span>
                </li>
              );
            })}
          </ol>
        )}
      </section>

      {problem && (
        <p id={`${ids}-problem`} className="shelf-warning" role="alert">
          {t(`editor.problem.${problem}`)}
        </p>
      )}
      <p className="deck-editor__actions">
        <button type="submit" className="button button--primary">
          {t('editor.save')}
        </button>
        <Link className="button" to={deck ? { name: 'ownDecks', deckId: deck.id } : { name: 'ownDecks' }}>
          {t('editor.cancel')}
        </Link>
      </p>

      <section aria-labelledby={`${ids}-pick`}>
        <h2 id={`${ids}-pick`}>{t('editor.pick')}</h2>
        {cardIds.length >= MAX_SHARED_CARDS && <p>{t('editor.full', { count: MAX_SHARED_CARDS })}</p>}
        <CardPicker
          selected={selected}
          full={cardIds.length >= MAX_SHARED_CARDS}
          onToggle={(id) => setCardIds((current) => toggleId(current, id))}
        />
      </section>
    </form>
  );
}
