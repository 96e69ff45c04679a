import { useTranslation } from 'react-i18next';
import { cardsById } from '../../domain/cards-by-id';
import { useLang } from '../shared/use-lang';
import { useEdition } from '../shared/edition-context';
import { ProjectorCard } from '../shared/projector-card';
import { QrCode } from '../shared/qr-code';
import { LiveResults } from './live-results';
import { LiveStatusBadge } from './live-status';
import { LiveTimer } from './live-timer';
import { useLiveRoom } from './use-live-room';
import type { RoomKeys } from './use-live-room';

/** The projector's own device: full screen, the room's card and nothing personal (it has no note to show). */
export function LiveProjector({ keys }: { readonly keys: RoomKeys }) {
  const { t } = useTranslation('live');
  const lang = useLang();
  const edition = useEdition();
  const { snapshot } = useLiveRoom(keys);
  const session = snapshot?.session;
  const card = session ? cardsById(edition).get(session.cardId) : undefined;
  const titleOf = (id: string) => cardsById(edition).get(id)?.title[lang] ?? id;
  const open = snapshot?.open;
  return (
    <main className={`pscreen live--projector${session?.blackout ? ' live--blackout' : ''}`}>
      <title>{t('title')}</title>
      {snapshot && <LiveStatusBadge status={snapshot.status} />}
      {session?.blackout ? null : (
        <>
          {card && session ? <ProjectorCard card={card} side={session.side} titleAs="h1" /> : <h1>{t('title')}</h1>}
          {session && <LiveTimer timer={session.timer} />}
          {session?.join && snapshot?.joinLink && (
            <QrCode className="live__qr" value={snapshot.joinLink} label={t('controller.participantsQr')} />
          )}
          {open &&
            (open.revealed ? (
              <LiveResults question={open} answers={snapshot.answers} titleOf={titleOf} />
            ) : (
              <h2>{open.prompt}</h2>
            ))}
        </>
      )}
    </main>
  );
}
