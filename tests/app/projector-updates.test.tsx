import { act, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { swStub } from '../support/pwa-register-stub';
import { renderApp } from '../support/render-app';

afterEach(() => {
  swStub.reset();
});

describe('the projector window', () => {
  it('takes a new version by itself: nobody stands at the room screen to tap "Opdater nu"', async () => {
    await renderApp('/skaerm');
    act(() => swStub.setNeedRefresh(true));
    await waitFor(() => expect(swStub.updateCalls).toEqual([true]), { timeout: 5_000 });
  });

  it('a tablet, on the other hand, asks first', async () => {
    const { findByRole } = await renderApp('/');
    act(() => swStub.setNeedRefresh(true));
    expect(await findByRole('button', { name: 'Opdater nu' }, { timeout: 5_000 })).toBeInTheDocument();
    expect(swStub.updateCalls).toEqual([]);
  });
});
