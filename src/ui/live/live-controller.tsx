import { useEffect, useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isActorId } from '../../domain/actor';
import type { ActorId } from '../../domain/actor';
import { cardsById } from '../../domain/cards-by-id';
import { deckOf } from '../../domain/deck-of';
import { applySessionAction, newSession } from '../../domain/facilitator-session';
import type { SessionAction } from '../../domain/facilitator-session';
import { harvestMarkdown, harvestOf, MAX_QUESTION_CHARS } from '../../domain/live-room';
import type { QuestionKind } from '../../domain/live-room';
import { useLang } from '../shared/use-lang';
import { useEdition } from '../shared/edition-context';
import { ProjectorCard } from '../shared/projector-card';
import { QrCode } from '../shared/qr-code';
import { ALL_PARTNERS } from '../routing/route';
import type { PartnerChoice } from '../routing/route';
import { LiveResults } from './live-results';
import { LiveStatusBadge } from './live-status';
import { LiveTimer } from './live-timer';
import { newRoomKey } from '../../live/room-key';
import { linkFor, readKeys, useLiveRoom } from './use-live-room';
import type { RoomKeys } from './use-live-room';

interface LiveControllerProps {
  readonly initialKeys: RoomKeys | undefined;
}

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The facilitator's tablet: starts the room, shows the links, and drives every device in it. */
export function LiveController({ initialKeys }: LiveControllerProps) {
  const { t } = useTranslation('live');
  const [keys, setKeys] = useState(initialKeys);
  const [starting, setStarting] = useState<'idle' | 'busy' | 'failed'>('idle');

  const start = async () => {
    setStarting('busy');
    try {
      const response = await fetch('/api/rooms', { method: 'POST' });
      if (!response.ok) throw new Error(String(response.status));
      const { room, tokens } = (await response.json()) as {
        room: string;
        tokens: Record<'facilitator' | 'projector' | 'participant', string>;
      };
      // The key is made here, on the facilitator's device: the server that made the tokens never sees it.
      const key = newRoomKey();
      const hash = `#r=${room}&t=${tokens.facilitator}&p=${tokens.projector}&a=${tokens.participant}${key ? `&k=${key}` : ''}`;
      window.history.replaceState(window.history.state, '', hash);
      setKeys(readKeys(hash));
    } catch {
      setStarting('failed');
    }
  };

  if (!keys) {
    return (
      <div className="live live--controller">
        <title>{t('controller.heading')}</title>
        <h1>{t('controller.heading')}</h1>
        <p>{t('controller.intro')}</p>
        <button
          type="button"
          className="button button--primary"
          onClick={() => void start()}
          disabled={starting === 'busy'}
        >
          {starting === 'busy' ? t('controller.starting') : t('controller.start')}
        </button>
        {starting === 'failed' && <p role="alert">{t('controller.noServer')}</p>}
      </div>
    );
  }
  // The deck comes with the link from a controller: /live/styr?kort=laerer/virksomhed.
  const [from, to] = new URLSearchParams(window.location.search).get('kort')?.split('/') ?? [];
  const deck = isActorId(from) && (to === ALL_PARTNERS || (isActorId(to) && to !== from)) ? { from, to } : undefined;
  return <Driving keys={keys} from={deck?.from ?? 'laerer'} to={deck?.to ?? ALL_PARTNERS} />;
}

function Driving({ keys, from, to }: { readonly keys: RoomKeys; readonly from: ActorId; readonly to: PartnerChoice }) {
  const { t } = useTranslation('live');
  const lang = useLang();
  const edition = useEdition();
  const id = useId();
  const { room, snapshot } = useLiveRoom(keys, true);
  const origin = window.location.origin;
  const participantLink = keys.participant ? linkFor(origin, 'participant', keys, keys.participant) : undefined;
  const projectorLink = keys.projector ? linkFor(origin, 'projector', keys, keys.projector) : undefined;
  const session = snapshot?.session;
  const connected = snapshot?.status === 'connected';
  const deckKey = session?.deck ?? { from, to: to === ALL_PARTNERS ? 'all' : to };
  const deck = deckOf(edition, deckKey.from, deckKey.to);
  const cardIds = deck.map((c) => c.id);
  const titleOf = (cardId: string) => cardsById(edition).get(cardId)?.title[lang] ?? cardId;
  const [kind, setKind] = useState<QuestionKind>('text');
  const [prompt, setPrompt] = useState('');

  // The room's first facilitator sets the deck; a reconnecting one finds it in the room.
  const first = deck[0];
  useEffect(() => {
    if (!room || !connected || session || !first) return;
    room.setSession(newSession(deckKey, first.id, lang));
    if (participantLink) room.setJoinLink(participantLink);
  });

  if (!snapshot || !room) return <div className="live live--controller" aria-busy="true" />;
  if (snapshot.status === 'ended' || snapshot.status === 'refused' || snapshot.status === 'locked') {
    return (
      <div className="live live--controller">
        <title>{t('controller.heading')}</title>
        <h1>{t('controller.heading')}</h1>
        <LiveStatusBadge status={snapshot.status} />
      </div>
    );
  }
  const act = (action: SessionAction) => session && room.setSession(applySessionAction(session, action, cardIds));
  const card = session ? cardsById(edition).get(session.cardId) : undefined;
  const index = session ? cardIds.indexOf(session.cardId) : -1;
  const open = snapshot.open;
  const openCount = open ? snapshot.answers.filter((a) => a.questionId === open.id).length : 0;
  const harvest = () => harvestOf(snapshot.questions, snapshot.answers);

  const ask = (event: FormEvent) => {
    event.preventDefault();
    if (!session) return;
    const text = prompt.trim() || t(kind === 'vote' ? 'controller.voteDefault' : 'controller.promptDefault');
    room.openQuestion({
      id: crypto.randomUUID?.() ?? String(Date.now()),
      kind,
      prompt: text,
      cardId: session.cardId,
      openedAt: Date.now(),
      revealed: false,
    });
    setPrompt('');
  };

  return (
    <div className="live live--controller">
      <title>{t('controller.heading')}</title>
      <h1>{t('controller.heading')}</h1>
      <LiveStatusBadge status={snapshot.status} />
      <div className="live__links">
        {participantLink && (
          <section aria-labelledby={`${id}-p`}>
            <h2 id={`${id}-p`}>{t('controller.participants')}</h2>
            <QrCode className="live__qr" value={participantLink} label={t('controller.participantsQr')} />
            <p className="live__link">
              <a href={participantLink}>{participantLink}</a>
            </p>
          </section>
        )}
        {projectorLink && (
          <section aria-labelledby={`${id}-s`}>
            <h2 id={`${id}-s`}>{t('controller.projector')}</h2>
            <p>{t('controller.projectorHint')}</p>
            <p className="live__link">
              <a href={projectorLink} target="_blank" rel="noreferrer">
                {projectorLink}
              </a>
            </p>
          </section>
        )}
      </div>
      {session && card && (
        <section className="live__drive" aria-label={card.title[lang]}>
          <p>{t('controller.progress', { current: index + 1, total: cardIds.length })}</p>
          <div className="pscreen pscreen--small">
            <ProjectorCard card={card} side={session.side} titleAs="h3" />
          </div>
          <LiveTimer timer={session.timer} />
          <div className="live__row">
            <button
              type="button"
              className="button"
              onClick={() => act({ type: 'step', by: -1 })}
              disabled={!connected || index <= 0}
            >
              {t('controller.previous')}
            </button>
            <button
              type="button"
              className="button button--primary"
              onClick={() => act({ type: 'flip' })}
              disabled={!connected}
            >
              {session.side === 'face' ? t('controller.showBack') : t('controller.showFace')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => act({ type: 'step', by: 1 })}
              disabled={!connected || index >= cardIds.length - 1}
            >
              {t('controller.next')}
            </button>
          </div>
          <div className="live__row">
            <button
              type="button"
              className="button"
              aria-pressed={session.blackout}
              onClick={() => act({ type: 'toggleBlackout' })}
              disabled={!connected}
            >
              {t('controller.blackout')}
            </button>
            <button
              type="button"
              className="button"
              aria-pressed={session.join}
              onClick={() => act({ type: 'toggleJoin' })}
              disabled={!connected}
            >
              {t('controller.join')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => act({ type: 'toggleTimer', now: Date.now() })}
              disabled={!connected}
            >
              {session.timer.runningSince === null ? t('controller.timerStart') : t('controller.timerPause')}
            </button>
            <button type="button" className="button" onClick={() => act({ type: 'resetTimer' })} disabled={!connected}>
              {t('controller.timerReset')}
            </button>
          </div>
        </section>
      )}
      <section aria-labelledby={`${id}-q`}>
        <h2 id={`${id}-q`}>{t('controller.question')}</h2>
        {open ? (
          <>
            <p>
              <strong>{open.prompt}</strong> · {t('controller.answers', { count: openCount })}
            </p>
            {!open.revealed && <p>{t('controller.hiddenUntilRevealed')}</p>}
            <div className="live__row">
              <button
                type="button"
                className="button"
                aria-pressed={open.revealed}
                onClick={() => room.reveal(open.id, !open.revealed)}
                disabled={!connected}
              >
                {open.revealed ? t('controller.hide') : t('controller.reveal')}
              </button>
              <button type="button" className="button" onClick={() => room.closeQuestion()} disabled={!connected}>
                {t('controller.close')}
              </button>
            </div>
            {open.revealed && <LiveResults question={open} answers={snapshot.answers} titleOf={titleOf} />}
          </>
        ) : (
          <form className="live__form" onSubmit={ask}>
            <label htmlFor={`${id}-prompt`}>{t('controller.prompt')}</label>
            <input
              id={`${id}-prompt`}
              value={prompt}
              maxLength={MAX_QUESTION_CHARS}
              placeholder={t(kind === 'vote' ? 'controller.voteDefault' : 'controller.promptDefault')}
              onChange={(e) => setPrompt(e.target.value)}
            />
            <label htmlFor={`${id}-kind`}>{t('controller.kind')}</label>
            <select
              id={`${id}-kind`}
              value={kind}
              onChange={(e) => setKind(e.target.value === 'vote' ? 'vote' : 'text')}
            >
              <option value="text">{t('controller.kindText')}</option>
              <option value="vote">{t('controller.kindVote')}</option>
            </select>
            <button type="submit" className="button button--primary" disabled={!connected || !session}>
              {t('controller.open')}
            </button>
          </form>
        )}
      </section>
      <section aria-labelledby={`${id}-h`}>
        <h2 id={`${id}-h`}>{t('controller.export')}</h2>
        <div className="live__row">
          <button
            type="button"
            className="button"
            onClick={() => download('hoest.md', 'text/markdown', harvestMarkdown(harvest(), titleOf))}
          >
            {t('controller.exportMarkdown')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => download('hoest.json', 'application/json', JSON.stringify(harvest(), null, 2))}
          >
            {t('controller.exportJson')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              if (window.confirm(t('controller.endConfirm'))) room.end();
            }}
            disabled={!connected}
          >
            {t('controller.end')}
          </button>
        </div>
      </section>
    </div>
  );
}
