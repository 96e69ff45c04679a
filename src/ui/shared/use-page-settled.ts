import { startTransition, useEffect, useState } from 'react';

let settled: Promise<void> | undefined;
let hasSettled = false;

/**
 * Resolves once the page has loaded and painted its first screen and the main thread is idle:
 * the moment for work the first screen does not need (the service worker, the install offer, the
 * deck tools), so it neither delays the first paint nor competes with it on a slow tablet.
 */
export function whenPageSettled(): Promise<void> {
  settled ??= new Promise<void>((resolve) => {
    const idle = (): void => {
      // requestIdleCallback is missing in Safari: a short timeout after load stands in.
      if (typeof window.requestIdleCallback === 'function')
        window.requestIdleCallback(() => resolve(), { timeout: 1500 });
      else setTimeout(resolve, 150);
    };
    if (document.readyState === 'complete') idle();
    else window.addEventListener('load', idle, { once: true });
  }).then(() => {
    hasSettled = true;
  });
  return settled;
}

/** After the next frame has been painted (a hidden tab, where frames wait, a moment later anyway). */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 250);
  });
}

/**
 * False until the page has settled (see whenPageSettled) and the screen that asks has painted
 * once, then true for good: a screen opened later shows its extras a frame after itself.
 */
export function usePageSettled(): boolean {
  const [isSettled, setSettled] = useState(false);
  useEffect(() => {
    let live = true;
    void (hasSettled ? afterNextPaint() : whenPageSettled()).then(() => {
      // Not urgent: React may render what appears in slices, between the user's input.
      if (live) startTransition(() => setSettled(true));
    });
    return () => {
      live = false;
    };
  }, []);
  return isSettled;
}
