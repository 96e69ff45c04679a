import { useEffect, useState } from 'react';
import { formatRoute } from '../routing/route';
import type { PresentationConnectionLike } from './facilitator-transport';

export const PROJECTOR_PATH = formatRoute({ name: 'projector' });
/** One named window: pressing the button again brings back the same projector, not a second one. */
export const PROJECTOR_WINDOW_NAME = 'samarbejdskort-skaerm';

interface PresentationAvailabilityLike {
  readonly value: boolean;
  onchange: (() => void) | null;
}

interface PresentationRequestLike {
  start(): Promise<PresentationConnectionLike>;
  getAvailability(): Promise<PresentationAvailabilityLike>;
}

type PresentationRequestConstructor = new (urls: string[]) => PresentationRequestLike;

function presentationRequest(): PresentationRequestConstructor | undefined {
  const candidate = (window as Window & { PresentationRequest?: unknown }).PresentationRequest;
  return typeof candidate === 'function' ? (candidate as PresentationRequestConstructor) : undefined;
}

/** Opens (or brings back) the projector as a window of its own; false if the browser blocked it. */
export function openProjectorWindow(): boolean {
  return window.open(PROJECTOR_PATH, PROJECTOR_WINDOW_NAME, 'popup') !== null;
}

/**
 * Whether the browser has the Presentation API and sees a display to present on (a wired or
 * wireless second screen). Browsers without the API, or with no display, leave it false and the
 * controller offers a plain window instead.
 */
export function usePresentationDisplay(): boolean {
  const [available, setAvailable] = useState(false);
  useEffect(() => {
    const Request = presentationRequest();
    if (!Request) return;
    let live = true;
    let availability: PresentationAvailabilityLike | undefined;
    try {
      void new Request([PROJECTOR_PATH])
        .getAvailability()
        .then((a) => {
          if (!live) return;
          availability = a;
          setAvailable(a.value);
          a.onchange = () => setAvailable(a.value);
        })
        .catch(() => undefined);
    } catch {
      // No availability monitoring in this browser: offer the window only.
    }
    return () => {
      live = false;
      if (availability) availability.onchange = null;
    };
  }, []);
  return available;
}

/** Shows the projector on a display the browser offers (its own picker); rejects if none is chosen. */
export async function startPresentation(): Promise<PresentationConnectionLike> {
  const Request = presentationRequest();
  if (!Request) throw new Error('The Presentation API is not available');
  return new Request([PROJECTOR_PATH]).start();
}
