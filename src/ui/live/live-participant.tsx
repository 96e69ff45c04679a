import { useEffect, useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { cardsById } from '../../domain/cards-by-id';
import { deckOf } from '../../domain/deck-of';
import { codePoints, MAX_ANSWER_CHARS } from '../../domain/live-room';
import type { LiveQuestion } from '../../domain/live-room';
import type { ContributionReply, LiveRoom } from '../../live/live-room';
import { useLang } from '../shared/use-lang';
import { useEdition } from '../shared/edition-context';
import { ProjectorCard } from '../shared/projector-card';
import { ALL_PARTNERS } from '../routing/route';
import { Link } from '../routing/link';
import { LiveResults } from './live-results';
import { LiveStatusBadge } from './live-status';
import { useLiveRoom } from './use-live-room';
import type { RoomKeys } from './use-live-room';

/**
 * A participant's own tablet: the room's card (or its own browsing), the open question, and a way
 * to the deck where private notes are written. Nothing here reads a note, so none can be sent.
 */
export function LiveParticipant({ keys }: { readonly keys: RoomKeys }) {
  const { t } = useTranslation('live');
  const lang = useLang();
  const edition = useEdition();
  const { room, snapshot } = useLiveRoom(keys);
  const [follow, setFollow] = useState(true);
  const [ownCardId, setOwnCardId] = useState<string>();
  const session = snapshot?.session;
  const deck = session ? deckOf(edition, session.deck.from, session.deck.to) : [];
  const cardId = follow || !ownCardId ? session?.cardId : ownCardId;
  const index = deck.findIndex((c) => c.id === cardId);
  const card = cardId ? cardsById(edition).get(cardId) : undefined;
  const titleOf = (id: string) => cardsById(edition).get(id)?.title[lang] ?? id;
  const step = (by: 1 | -1) => {
    const next = deck[index + by];
    if (!next) return;
    setFollow(false);
    setOwnCardId(next.id);
  };
  const open = snapshot?.open;

  // A link that cannot join (a wrong or expired token, a key that does not open the room) will never
  // follow anyone: say so, and offer the cards, rather than wait for a facilitator who cannot come.
  if (snapshot?.status === 'refused' || snapshot?.status === 'locked') {
    return (
      <div className="live live--participant">
        <title>{t('title')}</title>
        <LiveStatusBadge status={snapshot.status} />
        <h1>{t('title')}</h1>
        <p>{t('noLink')}</p>
        <Link className="button button--primary" to={{ name: 'start' }}>
          {t('openDeck')}
        </Link>
      </div>
    );
  }

  return (
    <div className="live live--participant">
      <title>{t('title')}</title>
      {snapshot && <LiveStatusBadge status={snapshot.status} />}
      {snapshot?.status === 'ended' && <p>{t('endedNote')}</p>}
      <label className="live__switch">
        <input type="checkbox" role="switch" checked={follow} onChange={(e) => setFollow(e.target.checked)} />
        {t('participant.follow')}
      </label>
      {!card && <h1>{t('title')}</h1>}
      {!session && <p>{t('participant.waiting')}</p>}
      {session?.blackout && follow && <p className="live__blackout">{t('participant.blackout')}</p>}
      {card && session && (
        <div className="live__card">
          <ProjectorCard card={card} side={follow ? session.side : 'back'} titleAs="h1" />
        </div>
      )}
      {session && (
        <div className="live__row">
          <button type="button" className="button" onClick={() => step(-1)} disabled={index <= 0}>
            {t('participant.previous')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => step(1)}
            disabled={index < 0 || index >= deck.length - 1}
          >
            {t('participant.next')}
          </button>
          {!follow && (
            <button type="button" className="button button--primary" onClick={() => setFollow(true)}>
              {t('participant.backToFacilitator')}
            </button>
          )}
          {card && (
            <Link
              className="button"
              to={{
                name: 'deck',
                from: session.deck.from,
                to: session.deck.to === 'all' ? ALL_PARTNERS : session.deck.to,
                cardId: card.id,
              }}
            >
              {t('participant.notes')}
            </Link>
          )}
        </div>
      )}
      {room && open && snapshot?.status === 'connected' && (
        <Contribute
          key={open.id}
          room={room}
          question={open}
          cards={deck.map((c) => ({ id: c.id, title: c.title[lang] }))}
        />
      )}
      {open?.revealed && snapshot && <LiveResults question={open} answers={snapshot.answers} titleOf={titleOf} />}
    </div>
  );
}

interface ContributeProps {
  readonly room: LiveRoom;
  readonly question: LiveQuestion;
  readonly cards: readonly { readonly id: string; readonly title: string }[];
}

function Contribute({ room, question, cards }: ContributeProps) {
  const { t } = useTranslation('live');
  const id = useId();
  const [text, setText] = useState('');
  const [choice, setChoice] = useState('');
  const [reply, setReply] = useState<ContributionReply>();
  useEffect(() => room.onReply(setReply), [room]);
  const count = codePoints(text);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (question.kind === 'text') room.contribute({ type: 'answer', questionId: question.id, text });
    else if (choice) room.contribute({ type: 'vote', questionId: question.id, cardId: choice });
  };
  if (reply === 'accepted') return <p role="status">{t('participant.sent')}</p>;
  return (
    <form className="live__form" onSubmit={submit} aria-labelledby={`${id}-q`}>
      <h2 id={`${id}-q`}>{question.prompt}</h2>
      {question.kind === 'text' ? (
        <>
          <label htmlFor={`${id}-a`}>{t('participant.answer')}</label>
          <textarea
            id={`${id}-a`}
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={3}
            aria-describedby={`${id}-c`}
          />
          <p id={`${id}-c`} className={count > MAX_ANSWER_CHARS ? 'live__error' : undefined}>
            {count > MAX_ANSWER_CHARS
              ? t('participant.tooLongNow', { count, max: MAX_ANSWER_CHARS })
              : t('participant.chars', { count, max: MAX_ANSWER_CHARS })}
          </p>
        </>
      ) : (
        <fieldset>
          <legend>{t('participant.vote')}</legend>
          {cards.map((c) => (
            <label key={c.id} className="live__choice">
              <input
                type="radio"
                name={`${id}-v`}
                value={c.id}
                checked={choice === c.id}
                onChange={() => setChoice(c.id)}
              />
              {c.title}
            </label>
          ))}
        </fieldset>
      )}
      {reply && <p role="alert">{t(`participant.refused.${reply}`)}</p>}
      <button
        type="submit"
        className="button button--primary"
        disabled={question.kind === 'text' ? count > MAX_ANSWER_CHARS : !choice}
      >
        {t('participant.send')}
      </button>
    </form>
  );
}
