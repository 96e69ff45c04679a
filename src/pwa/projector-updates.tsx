import { useEffect } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';

/** As the other windows (src/pwa/pwa-status.tsx): an open projector looks for a new version hourly. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * The projector window has no prompt (nobody stands at the room's screen) and nothing of its own to
 * lose (the controller sends the session again on hello): when a new version waits, it takes it at
 * once, and when another window's update takes over the service worker, it reloads onto the new code
 * instead of running on old chunks that a deploy may have removed.
 */
export function ProjectorUpdates() {
  const {
    needRefresh: [needRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      setInterval(() => {
        if (navigator.onLine) registration.update().catch(() => {});
      }, UPDATE_CHECK_MS);
    },
  });

  useEffect(() => {
    if (needRefresh) updateServiceWorker(true).catch(() => {});
  }, [needRefresh, updateServiceWorker]);

  useEffect(() => {
    const container = navigator.serviceWorker as ServiceWorkerContainer | undefined;
    // The first worker to take control of a fresh window is no update: nothing to reload for.
    if (!container?.controller) return;
    let reloading = false;
    const reload = (): void => {
      if (reloading) return;
      reloading = true;
      window.location.reload();
    };
    container.addEventListener('controllerchange', reload);
    return () => container.removeEventListener('controllerchange', reload);
  }, []);
  return null;
}
