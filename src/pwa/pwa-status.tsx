import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLazyNamespace } from '../i18n/use-lazy-namespace';
import { useRegisterSW } from 'virtual:pwa-register/react';
import './pwa-status.css';

/** How often an open app (a tablet left on all day) looks for a new version while online. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;
/** "Klar til offline" is good news, not a task: it goes by itself after this long. */
const OFFLINE_READY_SHOWN_MS = 6000;

interface PwaStatusProps {
  /** Runs before the new version takes over (the composition root passes the notes flush). */
  readonly beforeUpdate: () => Promise<void>;
  /** Asked after beforeUpdate: true means a note is still unwritten and the page must not reload. */
  readonly hasUnsaved: () => boolean;
  /** Nobody stands at this window (the projector): a new version is taken at once, without a prompt. */
  readonly unattended?: boolean;
}

type UpdatePhase = 'asking' | 'updating' | 'unsaved' | 'failed';

/**
 * The service worker's messages: "ready to work offline" once everything is cached, and a prompt
 * when a new version waits. The page only reloads into the new version once every note is written.
 */
export function PwaStatus({ beforeUpdate, hasUnsaved, unattended = false }: PwaStatusProps) {
  useLazyNamespace('pwa');
  const { t } = useTranslation('pwa');
  const {
    offlineReady: [offlineReady, setOfflineReady],
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      setInterval(() => {
        // Offline, the check simply fails; the cached version keeps working.
        if (navigator.onLine) registration.update().catch(() => {});
      }, UPDATE_CHECK_MS);
    },
  });
  const [phase, setPhase] = useState<UpdatePhase>('asking');
  const [offlineSeen, setOfflineSeen] = useState(false);
  useEffect(() => {
    if (!offlineReady) return;
    const timer = setTimeout(() => setOfflineSeen(true), OFFLINE_READY_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [offlineReady]);

  async function update(): Promise<void> {
    setPhase('updating');
    try {
      await beforeUpdate();
    } catch {
      // Whatever went wrong, hasUnsaved below says whether it is safe to reload.
    }
    if (hasUnsaved()) {
      setPhase('unsaved');
      return;
    }
    try {
      await updateServiceWorker(true);
    } catch {
      setPhase('failed');
    }
  }

  // Unattended: once per waiting version (a failed update is not tried again and again).
  const taken = useRef(false);
  useEffect(() => {
    if (!unattended || !needRefresh || taken.current) return;
    taken.current = true;
    void beforeUpdate()
      .catch(() => {})
      .then(() => (hasUnsaved() ? undefined : updateServiceWorker(true)))
      .catch(() => {});
  }, [unattended, needRefresh, beforeUpdate, hasUnsaved, updateServiceWorker]);

  function later(): void {
    setNeedRefresh(false);
    setPhase('asking');
  }

  if (unattended) return null;
  return (
    <div className="pwa-status">
      {/* Live regions stay in the DOM so that what appears in them is announced. */}
      <div role="status" className="pwa-status__region">
        {/* Once seen it leaves the screen (a class, not a new node: no second announcement) but stays readable. */}
        {offlineReady && !needRefresh && (
          <div className={offlineSeen ? 'visually-hidden' : 'pwa-status__message'}>
            <p>{t('offlineReady')}</p>
            {!offlineSeen && (
              <button type="button" className="button" onClick={() => setOfflineReady(false)}>
                {t('dismiss')}
              </button>
            )}
          </div>
        )}
        {needRefresh && (
          <div className="pwa-status__message">
            <p>{t('needRefresh')}</p>
            <div className="pwa-status__actions">
              <button type="button" className="button button--primary" onClick={() => void update()}>
                {t('updateNow')}
              </button>
              <button type="button" className="button" onClick={later}>
                {t('later')}
              </button>
            </div>
            {phase === 'updating' && <p>{t('updating')}</p>}
          </div>
        )}
      </div>
      <div role="alert" className="pwa-status__region">
        {needRefresh && phase === 'unsaved' && <p className="pwa-status__warning">{t('unsavedNote')}</p>}
        {needRefresh && phase === 'failed' && <p className="pwa-status__warning">{t('updateFailed')}</p>}
      </div>
    </div>
  );
}
