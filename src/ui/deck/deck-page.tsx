import { Suspense, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActorId } from '../../domain/actor';
import { deckOf } from '../../domain/deck-of';
import { indexOfCard } from '../../domain/select-deck';
import { actorText } from '../shared/actor-name';
import { useLang } from '../shared/use-lang';
import { useEdition } from '../shared/edition-context';
import { Link } from '../routing/link';
import type { DeckShape } from './deck-tools';
import { ALL_PARTNERS, formatRoute, SHUFFLE_KEY } from '../routing/route';
import type { PartnerChoice } from '../routing/route';
import { navigate, useSearchParam } from '../routing/use-route';
import { lazyLoad } from '../shared/lazy-load';
import { WhenSettled } from '../shared/when-settled';
import { DeckHeading } from './deck-heading';
import { DeckStage } from '../shared/deck-stage';
import '../shared/deck.css';

// Star, put aside, shuffle, draw: they load once the deck has painted and the page is idle, or
// earlier by preloadDeckTools (the start page's idle time, src/app/main.tsx), so that opening a
// deck adds neither a request nor a stylesheet.
const deckTools = lazyLoad(() => import('./deck-tools').then((m) => m.DeckTools));
const DeckTools = deckTools.Component;
export const preloadDeckTools = deckTools.preload;

// Only a pair without cards shows it: not worth first-screen bytes.
const DeckEmpty = lazyLoad(() => import('./deck-empty').then((m) => m.DeckEmpty)).Component;

interface DeckPageProps {
  readonly from: ActorId;
  readonly to: PartnerChoice;
  readonly cardId?: string | undefined;
}

/** The chosen pair's cards, one at a time; the URL names the card shown. */
export function DeckPage({ from, to, cardId }: DeckPageProps) {
  const { t } = useTranslation('deck');
  const lang = useLang();
  const edition = useEdition();
  const dealt = deckOf(edition, from, to === ALL_PARTNERS ? 'all' : to);
  // Shuffled, or with cards put aside, once the deck tools have loaded.
  const [shape, setShape] = useState<DeckShape>();
  const deck = useMemo(() => shape?.deal(dealt) ?? dealt, [dealt, shape]);
  const index = indexOfCard(deck, cardId);
  const card = deck[index];
  const cardMissing = cardId !== undefined && card?.id !== cardId;
  const shuffled = useSearchParam(SHUFFLE_KEY) !== null;
  const pathOf = useCallback((id: string) => formatRoute({ name: 'deck', from, to, cardId: id }), [from, to]);

  const fromName = actorText(edition, from, lang, 'singular');
  const toName = to === ALL_PARTNERS ? undefined : actorText(edition, to, lang, 'singular');
  const heading = toName ? t('title', { from: fromName, to: toName }) : t('titleAll', { from: fromName });

  // React puts it in the document's head.
  const title = <title>{`${heading} – ${card ? card.title[lang] : ''}`.replace(/ – $/, '')}</title>;

  if (!card) {
    return (
      <>
        {title}
        <Suspense fallback={null}>
          <DeckEmpty from={from} to={to} heading={heading} />
        </Suspense>
      </>
    );
  }

  return (
    <div className="deck">
      {title}
      <DeckHeading from={from} to={to} />
      {cardMissing && (
        <p className="deck__notice" role="status">
          {t('cardMissing')}
        </p>
      )}
      {/* A shuffled deck's first card shows once the shuffle is known, not a moment before. */}
      <DeckStage deck={deck} index={index} pathOf={pathOf} hidden={!shape && shuffled} />
      <div className="deck__tools">
        {/* A shuffled deck cannot show its first card without them: no waiting then. */}
        <WhenSettled now={shuffled}>
          <Suspense fallback={null}>
            <DeckTools from={from} to={to} dealt={dealt} card={card} onShape={setShape} />
          </Suspense>
        </WhenSettled>
      </div>
      <div className="deck__extras">
        {/* Only where the other direction has cards (kommune → elev has none): never a way into an empty deck. */}
        {to !== ALL_PARTNERS && deckOf(edition, to, from).length > 0 && (
          <button
            type="button"
            className="button"
            onClick={() => navigate({ name: 'deck', from: to, to: from })}
            aria-describedby="deck-swap-hint"
          >
            <span aria-hidden="true">⇄</span> {t('swap')}
            <span id="deck-swap-hint" className="visually-hidden">
              {t('swapHint', { from: fromName, to: toName ?? '' })}
            </span>
          </button>
        )}
        <Link className="button" to={{ name: 'controller', from, to, cardId: card.id }}>
          {t('project')}
        </Link>
        <Link className="button" to={{ name: 'print', deck: { kind: 'pair', from, to } }}>
          {t('print')}
        </Link>
        <p className="deck__read-about">
          {t('readAbout')}:{' '}
          {[card.from, card.to].map((id) => (
            <Link key={id} className="deck__actor-link" to={{ name: 'actor', id }}>
              {t('aboutActor', { actor: actorText(edition, id, lang, 'plural') })}
            </Link>
          ))}
        </p>
        <p className="deck__help">{t('keyboardHelp')}</p>
      </div>
    </div>
  );
}
