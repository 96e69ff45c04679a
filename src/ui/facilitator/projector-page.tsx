import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { cardsById } from '../../domain/cards-by-id';
import { switchLanguage } from '../../i18n/create-i18n';
import { useEdition } from '../shared/edition-context';
import { JoinView } from './join-view';
import { participantUrl } from './participant-url';
import { ProjectorCard } from '../shared/projector-card';
import { toggleFullscreen, useFacilitatorKeys } from './use-facilitator-keys';
import { useFacilitatorStrings } from './use-facilitator-strings';
import { useProjectorSession } from './use-projector-session';
import './projector-page.css';

/**
 * The room's screen: the card the facilitator chose, very large, or a blackout, or the QR code to
 * join. It never renders a note field and receives no notes: only ids and switches.
 */
export function ProjectorPage() {
  useFacilitatorStrings();
  const { t, i18n } = useTranslation('facilitator');
  const { t: tCommon } = useTranslation('common');
  const edition = useEdition();
  const { sync, command } = useProjectorSession();
  const state = sync.state;

  useFacilitatorKeys((shortcut) => {
    if (shortcut === 'fullscreen') toggleFullscreen();
    // Help is for the facilitator's screen, not the room's.
    else if (shortcut !== 'help') command(shortcut);
  });

  // The room reads the facilitator's language.
  const lang = state?.lang;
  useEffect(() => {
    if (lang && lang !== i18n.language) void switchLanguage(i18n, lang);
  }, [lang, i18n]);

  const card = state ? cardsById(edition).get(state.cardId) : undefined;
  let view: 'waiting' | 'blackout' | 'join' | 'card' | 'unknown' = 'waiting';
  if (state) view = state.blackout ? 'blackout' : state.join ? 'join' : card ? 'card' : 'unknown';

  return (
    <main className={`pscreen projector projector--${view}`} onDoubleClick={() => toggleFullscreen()} data-view={view}>
      <title>{`${t('projector.title')} – ${tCommon('appName')}`}</title>
      {view === 'waiting' && (
        <div className="projector__message">
          <h1 className="projector__heading">{t('projector.waitingTitle')}</h1>
          <p>{t('projector.waitingBody')}</p>
          <p>{t('projector.fullscreenHint')}</p>
        </div>
      )}
      {view === 'blackout' && <h1 className="visually-hidden">{t('projector.blackout')}</h1>}
      {view === 'join' && state && <JoinView url={participantUrl(state, window.location.origin)} />}
      {view === 'card' && state && card && <ProjectorCard card={card} side={state.side} titleAs="h1" />}
      {view === 'unknown' && (
        <div className="projector__message">
          <h1 className="projector__heading">{t('projector.unknownCard')}</h1>
        </div>
      )}
    </main>
  );
}
