import { useTranslation } from 'react-i18next';
import { briefCard, withBriefCard } from '../../domain/brief-model';
import type { Brief } from '../../domain/brief-model';
import { deckOf } from '../../domain/deck-of';
import { useEdition } from '../shared/edition-context';
import { useNotesList } from '../shared/use-notes-list';
import { BriefCardItem } from './brief-card-item';
import type { BriefDraft } from './use-brief-draft';

interface CardsStepProps {
  readonly brief: Brief;
  readonly update: BriefDraft['update'];
}

/**
 * Step 1: the pair's cards in both directions, since a visit goes better when each side knows
 * what the note asks of the other too.
 */
export function CardsStep({ brief, update }: CardsStepProps) {
  const { t } = useTranslation('prep');
  const edition = useEdition();
  // The note written on the card itself (in the deck), shown beside the brief's own note.
  const { notes } = useNotesList();
  const noteOf = new Map(notes?.map((note) => [note.cardId, note.text]));
  const directions = [
    {
      key: 'own',
      cards: deckOf(edition, brief.actor, brief.partner),
      heading: t('cards.own', {
        actor: t(`cards.actorAs.${brief.actor}`),
        partner: t(`cards.actorIndefinite.${brief.partner}`),
      }),
    },
    {
      key: 'partner',
      cards: deckOf(edition, brief.partner, brief.actor),
      heading: t('cards.partner', {
        actor: t(`cards.actorAs.${brief.actor}`),
        partner: t(`cards.actorDefinite.${brief.partner}`),
      }),
    },
  ];
  return (
    <>
      <p>{t('cards.intro')}</p>
      {directions.map((direction) => (
        <section key={direction.key} className="prep-cards">
          <h3>{direction.heading}</h3>
          {direction.cards.length === 0 ? (
            <p>{t('cards.noneInDirection')}</p>
          ) : (
            <ul className="prep-cards__list">
              {direction.cards.map((card) => (
                <li key={card.id}>
                  <BriefCardItem
                    card={card}
                    entry={briefCard(brief, card.id)}
                    cardNote={noteOf.get(card.id)}
                    onChange={(entry) => update((b, now) => withBriefCard(b, entry, now))}
                  />
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  );
}
