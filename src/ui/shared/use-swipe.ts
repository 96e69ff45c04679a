import { useRef } from 'react';
import type { PointerEvent } from 'react';

const MIN_DISTANCE = 48;

/** Text fields and other controls keep their own gestures (selecting text must not change card). */
function startsInControl(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('textarea, input, select, [contenteditable="true"]') !== null;
}

/**
 * Horizontal swipe on touch screens (and mouse drags): left → next, right → previous.
 * `wasSwipe()` lets a click handler ignore the click that ends a swipe.
 */
export function useSwipe(onSwipe: (direction: 'next' | 'previous') => void) {
  const start = useRef<{ x: number; y: number } | null>(null);
  const swiped = useRef(false);

  return {
    handlers: {
      onPointerDown(event: PointerEvent) {
        swiped.current = false;
        start.current = startsInControl(event.target) ? null : { x: event.clientX, y: event.clientY };
      },
      onPointerUp(event: PointerEvent) {
        const from = start.current;
        start.current = null;
        if (!from) return;
        const dx = event.clientX - from.x;
        const dy = event.clientY - from.y;
        if (Math.abs(dx) >= MIN_DISTANCE && Math.abs(dx) > Math.abs(dy) * 1.5) {
          swiped.current = true;
          onSwipe(dx < 0 ? 'next' : 'previous');
        }
      },
      onPointerCancel() {
        start.current = null;
      },
    },
    wasSwipe: () => swiped.current,
  };
}
