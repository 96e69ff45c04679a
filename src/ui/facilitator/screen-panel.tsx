import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PresentationConnectionLike } from './facilitator-transport';
import { openProjectorWindow, PROJECTOR_PATH, startPresentation, usePresentationDisplay } from './open-projector';
import { shortLink } from './participant-url';

interface ScreenPanelProps {
  /** How many projector windows have said hello. */
  readonly screens: number;
  readonly onPresentation: (connection: PresentationConnectionLike) => void;
}

/** Whether a screen is open, and the ways to open one: a window, or a display the browser offers. */
export function ScreenPanel({ screens, onPresentation }: ScreenPanelProps) {
  const { t } = useTranslation('facilitator');
  const display = usePresentationDisplay();
  const [problem, setProblem] = useState<'blocked' | 'presentFailed' | undefined>();
  const address = shortLink(new URL(PROJECTOR_PATH, window.location.origin).href);

  const openWindow = (): void => setProblem(openProjectorWindow() ? undefined : 'blocked');
  const present = (): void => {
    setProblem(undefined);
    startPresentation().then(onPresentation, () => setProblem('presentFailed'));
  };

  return (
    <section className="controller__panel controller__area-screen" aria-labelledby="facilitator-screen-heading">
      <h2 id="facilitator-screen-heading">{t('screen.heading')}</h2>
      <p className="controller__screen-status" role="status">
        <span aria-hidden="true" className={screens > 0 ? 'controller__dot controller__dot--on' : 'controller__dot'} />
        {screens > 0 ? t('screen.connected', { count: screens }) : t('screen.none')}
      </p>
      <div className="controller__buttons">
        <button type="button" className={screens > 0 ? 'button' : 'button button--primary'} onClick={openWindow}>
          {t('screen.open')}
        </button>
        {display && (
          <button type="button" className="button" onClick={present}>
            {t('screen.present')}
          </button>
        )}
      </div>
      {problem && (
        <p className="controller__problem" role="alert">
          {t(`screen.${problem}`)}
        </p>
      )}
      <p className="controller__hint">
        {t('screen.howTo')} <span className="controller__address">{address}</span>
      </p>
    </section>
  );
}
