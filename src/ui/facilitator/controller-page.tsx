import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActorId } from '../../domain/actor';
import type { SessionState } from '../../domain/facilitator-session';
import { commandAction, isInCharge } from '../../domain/facilitator-sync';
import { deckOf } from '../../domain/deck-of';
import { ActorBadge } from '../shared/actor-badge';
import { useLang } from '../shared/use-lang';
import { useEdition } from '../shared/edition-context';
import { NoteField } from '../shared/note-field';
import { Link } from '../routing/link';
import { ALL_PARTNERS } from '../routing/route';
import type { PartnerChoice } from '../routing/route';
import { navigate } from '../routing/use-route';
import { CardJumpList } from './card-jump-list';
import { HelpOverlay } from './help-overlay';
import { initialSession } from './initial-session';
import { ScreenPanel } from './screen-panel';
import { ScreenPreview } from './screen-preview';
import { loadSession } from './session-storage';
import { SessionTimer } from './session-timer';
import { toggleFullscreen, useFacilitatorKeys } from './use-facilitator-keys';
import { useControllerSession } from './use-controller-session';
import { useFacilitatorStrings } from './use-facilitator-strings';
import './controller-page.css';

interface ControllerPageProps {
  readonly from: ActorId;
  readonly to: PartnerChoice;
  readonly cardId?: string | undefined;
}

const partnerChoice = (to: SessionState['deck']['to']): PartnerChoice => (to === 'all' ? ALL_PARTNERS : to);

/** The facilitator's remote: what the room sees, what comes next, and every control, by touch or key. */
export function ControllerPage({ from, to, cardId }: ControllerPageProps) {
  useFacilitatorStrings();
  const { t } = useTranslation('facilitator');
  const edition = useEdition();
  const lang = useLang();
  // The address gives the starting point only; afterwards the session leads and the address follows.
  const [initial] = useState(() =>
    initialSession(
      deckOf(edition, from, to === ALL_PARTNERS ? 'all' : to).map((c) => c.id),
      { from, to, cardId },
      lang,
      loadSession(),
    ),
  );
  if (!initial) {
    return (
      <div className="controller">
        <h1>{t('controller.heading')}</h1>
        <p>{t('controller.emptyDeck')}</p>
        <Link className="button" to={{ name: 'deck', from, to }}>
          {t('controller.backToDeck')}
        </Link>
      </div>
    );
  }
  return <Controller initial={initial} />;
}

function Controller({ initial }: { readonly initial: SessionState }) {
  const { t } = useTranslation('facilitator');
  const { t: tDeck } = useTranslation('deck');
  const edition = useEdition();
  const lang = useLang();
  const cardIdsFor = useCallback(
    (deck: SessionState['deck']) => deckOf(edition, deck.from, deck.to).map((c) => c.id),
    [edition],
  );
  const { sync, act, takeOver, attach } = useControllerSession(initial, cardIdsFor);
  const { state } = sync;
  const inCharge = isInCharge(sync);
  const cards = deckOf(edition, state.deck.from, state.deck.to);
  const index = cards.findIndex((c) => c.id === state.cardId);
  const card = cards[index];
  const next = cards[index + 1];
  const [helpOpen, setHelpOpen] = useState(false);
  const { from } = state.deck;
  const to = partnerChoice(state.deck.to);

  // The address names the card on screen, so a reload (or a shared link) comes back to it.
  useEffect(() => {
    navigate({ name: 'controller', from, to, cardId: state.cardId }, { replace: true });
  }, [from, to, state.cardId]);

  // The room reads the facilitator's language.
  useEffect(() => {
    if (inCharge && state.lang !== lang) act({ type: 'setLang', lang });
  }, [inCharge, state.lang, lang, act]);

  useFacilitatorKeys((shortcut) => {
    if (shortcut === 'help') setHelpOpen(true);
    else if (shortcut === 'fullscreen') toggleFullscreen();
    else act(commandAction(shortcut, Date.now()));
  }, !helpOpen);

  return (
    <div className="controller">
      <title>{`${t('controller.title')} – ${card ? card.title[lang] : ''}`}</title>
      <div className="controller__top">
        <h1 className="controller__heading">
          <span>{t('controller.heading')}:</span>{' '}
          <span className="controller__pair">
            <ActorBadge actorId={from} />
            <span aria-hidden="true"> → </span>
            <span className="visually-hidden"> {tDeck('toWord')} </span>
            {to === ALL_PARTNERS ? <span>{tDeck('everyone')}</span> : <ActorBadge actorId={to} />}
          </span>
        </h1>
        <div className="controller__buttons">
          <Link className="button" to={{ name: 'deck', from, to, cardId: state.cardId }}>
            <span aria-hidden="true">←</span> {t('controller.backToDeck')}
          </Link>
          <button type="button" className="button" onClick={() => setHelpOpen(true)} aria-keyshortcuts="?">
            {t('help.open')} <kbd aria-hidden="true">?</kbd>
          </button>
        </div>
      </div>

      {!inCharge && (
        <div className="controller__takeover" role="alert">
          <p>{sync.leaderGone ? t('takeover.gone') : t('takeover.passive')}</p>
          <button type="button" className="button button--primary" onClick={takeOver}>
            {t('takeover.takeBack')}
          </button>
        </div>
      )}

      {/* In reading order for a narrow screen; wider screens place the areas in two columns (CSS). */}
      <div className="controller__grid">
        <ScreenPanel screens={sync.projectors.length} onPresentation={attach} />

        <section className="controller__panel controller__area-preview" aria-labelledby="facilitator-on-screen">
          <div className="controller__panel-head">
            <h2 id="facilitator-on-screen">{t('controller.onScreen')}</h2>
            <p className="controller__progress">
              {t('controller.progress', { current: index + 1, total: cards.length })}
            </p>
          </div>
          <ScreenPreview state={state} card={card} />
        </section>

        <div className="controller__controls" role="group" aria-label={t('controller.controls')}>
          <button
            type="button"
            className="button"
            onClick={() => act({ type: 'step', by: -1 })}
            disabled={!inCharge || index <= 0}
            aria-keyshortcuts="ArrowLeft"
          >
            <span aria-hidden="true">←</span> {t('controller.previous')}
          </button>
          <button
            type="button"
            className="button button--primary"
            onClick={() => act({ type: 'flip' })}
            disabled={!inCharge}
            aria-keyshortcuts="Space"
          >
            <span aria-hidden="true">↻</span>{' '}
            {state.side === 'face' ? t('controller.showBack') : t('controller.showFace')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => act({ type: 'step', by: 1 })}
            disabled={!inCharge || !next}
            aria-keyshortcuts="ArrowRight"
          >
            {t('controller.next')} <span aria-hidden="true">→</span>
          </button>
          <button
            type="button"
            className="button"
            aria-pressed={state.blackout}
            onClick={() => act({ type: 'toggleBlackout' })}
            disabled={!inCharge}
            aria-keyshortcuts="B"
          >
            {t('controller.blackout')}
          </button>
          <button
            type="button"
            className="button"
            aria-pressed={state.join}
            onClick={() => act({ type: 'toggleJoin' })}
            disabled={!inCharge}
          >
            {t('controller.join')}
          </button>
        </div>

        <section className="controller__panel controller__area-next" aria-labelledby="facilitator-up-next">
          <h2 id="facilitator-up-next">{t('controller.upNext')}</h2>
          <p className="controller__next">{next ? next.title[lang] : t('controller.lastCard')}</p>
        </section>

        <SessionTimer
          timer={state.timer}
          disabled={!inCharge}
          onToggle={() => act({ type: 'toggleTimer', now: Date.now() })}
          onReset={() => act({ type: 'resetTimer' })}
        />
        <CardJumpList
          cards={cards}
          currentId={state.cardId}
          disabled={!inCharge}
          onJump={(id) => act({ type: 'show', cardId: id })}
        />

        <div className="controller__panel controller__note">
          <NoteField key={state.cardId} cardId={state.cardId} />
          <p className="controller__hint">{t('controller.noteHint')}</p>
        </div>
      </div>

      {helpOpen && <HelpOverlay onClose={() => setHelpOpen(false)} />}
    </div>
  );
}
