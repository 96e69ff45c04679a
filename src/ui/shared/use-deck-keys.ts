import { useEffect } from 'react';

/** Typing, or a control that already answers Space/Enter itself, keeps the key. */
function isTypingTarget(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('textarea, input, select, [contenteditable="true"]') !== null;
}

function isActivatable(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('button, a[href], summary, [role="button"]') !== null;
}

/** Deck keys anywhere on the page: ← → change card; Space/Enter flip when no control has focus. */
export function useDeckKeys(actions: { next(): void; previous(): void; flip(): void }): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (isTypingTarget(event.target)) return;
      if (event.key === 'ArrowRight') {
        event.preventDefault();
        actions.next();
      } else if (event.key === 'ArrowLeft') {
        event.preventDefault();
        actions.previous();
      } else if ((event.key === ' ' || event.key === 'Enter') && !isActivatable(event.target)) {
        event.preventDefault();
        actions.flip();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [actions]);
}
