import { useTranslation } from 'react-i18next';
import type { Card } from '../../domain/card';
import type { SessionState } from '../../domain/facilitator-session';
import { ProjectorCard } from '../shared/projector-card';

interface ScreenPreviewProps {
  readonly state: SessionState;
  readonly card: Card | undefined;
}

/** A small copy of the projector, so the facilitator sees what the room sees. */
export function ScreenPreview({ state, card }: ScreenPreviewProps) {
  const { t } = useTranslation('facilitator');
  const view = state.blackout ? 'blackout' : state.join ? 'join' : 'card';
  return (
    <div className={`pscreen pscreen--small controller__screen--${view}`} data-view={view}>
      {view === 'blackout' && <p className="controller__screen-note">{t('controller.status.blackout')}</p>}
      {view === 'join' && <p className="controller__screen-note">{t('controller.status.join')}</p>}
      {view === 'card' && card && <ProjectorCard card={card} side={state.side} titleAs="h3" />}
    </div>
  );
}
