import { describe, expect, it } from 'vitest';
import { shortcutFor } from '../../../src/ui/facilitator/use-facilitator-keys';

const key = (
  k: string,
  target: EventTarget | null = document.body,
  mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey', boolean>> = {},
) => ({
  key: k,
  target,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});

describe('facilitator shortcuts', () => {
  it('maps arrows, clicker keys, Space, B, F, T and ?', () => {
    expect(
      ['ArrowRight', 'PageDown', 'ArrowLeft', 'PageUp', ' ', 'b', 'B', '.', 'f', 'F', 't', 'T', '?', 'x'].map((k) =>
        shortcutFor(key(k)),
      ),
    ).toEqual([
      'next',
      'next',
      'previous',
      'previous',
      'flip',
      'blackout',
      'blackout',
      'blackout',
      'fullscreen',
      'fullscreen',
      'timer',
      'timer',
      'help',
      undefined,
    ]);
  });

  it('leaves keys alone while typing, with modifiers, and Space on a focused button', () => {
    const textarea = document.createElement('textarea');
    const button = document.createElement('button');
    expect(shortcutFor(key('b', textarea))).toBeUndefined();
    expect(shortcutFor(key('ArrowRight', textarea))).toBeUndefined();
    expect(shortcutFor(key('f', document.body, { ctrlKey: true }))).toBeUndefined();
    expect(shortcutFor(key('t', document.body, { metaKey: true }))).toBeUndefined();
    expect(shortcutFor(key(' ', button))).toBeUndefined();
    expect(shortcutFor(key('b', button))).toBe('blackout');
  });
});
