import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProjectorUpdates } from '../../src/pwa/projector-updates';
import { swStub } from '../support/pwa-register-stub';

afterEach(() => {
  swStub.reset();
  vi.unstubAllGlobals();
});

describe('ProjectorUpdates (issue 14)', () => {
  it('takes a waiting version at once, with no prompt on the room’s screen', async () => {
    render(<ProjectorUpdates />);
    expect(swStub.updateCalls).toEqual([]);
    await act(async () => swStub.setNeedRefresh(true));
    expect(swStub.updateCalls).toEqual([true]);
  });

  it('reloads onto the new code when another window’s update takes over the service worker', () => {
    const container = new EventTarget() as EventTarget & { controller: object };
    container.controller = {};
    vi.stubGlobal('navigator', { ...navigator, serviceWorker: container, onLine: true });
    const reload = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload } as Location);
    render(<ProjectorUpdates />);
    container.dispatchEvent(new Event('controllerchange'));
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
