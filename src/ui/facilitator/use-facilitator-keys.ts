import { useEffect, useRef } from 'react';
import type { FacilitatorCommand } from '../../domain/facilitator-message';

export type Shortcut = FacilitatorCommand | 'fullscreen' | 'help';

interface KeyLike {
  readonly key: string;
  readonly target: EventTarget | null;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
}

function isTypingTarget(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('textarea, input, select, [contenteditable="true"]') !== null;
}

/** A focused control answers Space itself (a button presses): the deck must not flip as well. */
function isActivatable(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('button, a[href], summary, [role="button"]') !== null;
}

/**
 * What a key means to a facilitator, or undefined. Page Up / Page Down are what presentation
 * clickers send; "." blacks out as in most presentation programs.
 */
export function shortcutFor(event: KeyLike): Shortcut | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey || isTypingTarget(event.target)) return undefined;
  switch (event.key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case ' ':
      return isActivatable(event.target) ? undefined : 'flip';
    case 'b':
    case 'B':
    case '.':
      return 'blackout';
    case 'f':
    case 'F':
      return 'fullscreen';
    case 't':
    case 'T':
      return 'timer';
    case '?':
      return 'help';
    default:
      return undefined;
  }
}

/** Facilitator shortcuts anywhere on the page, while `enabled`. */
export function useFacilitatorKeys(onShortcut: (shortcut: Shortcut) => void, enabled = true): void {
  const handler = useRef(onShortcut);
  useEffect(() => {
    handler.current = onShortcut;
  }, [onShortcut]);
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented) return;
      const shortcut = shortcutFor(event);
      if (!shortcut) return;
      event.preventDefault();
      handler.current(shortcut);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}

/** Full screen for this window, on and off (a browser allows it only on a key press or tap). */
export function toggleFullscreen(doc: Document = document): void {
  if (doc.fullscreenElement) {
    void doc.exitFullscreen?.().catch(() => undefined);
  } else {
    void doc.documentElement.requestFullscreen?.().catch(() => undefined);
  }
}
