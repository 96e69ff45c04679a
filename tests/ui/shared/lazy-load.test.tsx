import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../src/ui/shared/error-boundary';
import { lazyLoad } from '../../../src/ui/shared/lazy-load';
import { createTestI18n } from '../../support/create-test-i18n';

// On a busy machine a render round after a rejected import can take more than a second.
const WAIT = { timeout: 10_000 };
const chunkGone = () => new TypeError('Failed to fetch dynamically imported module');

function Screen() {
  return <h1>Om notatet</h1>;
}

/** A lazy screen behind the app's boundary, with a load that answers as the test says. */
async function renderLazy(load: () => Promise<typeof Screen>) {
  const onReload = vi.fn();
  const { Component } = lazyLoad(load);
  await act(async () =>
    render(
      <I18nextProvider i18n={createTestI18n('da')}>
        <ErrorBoundary onReload={onReload}>
          <Suspense fallback={null}>
            <Component />
          </Suspense>
        </ErrorBoundary>
      </I18nextProvider>,
    ),
  );
  return { onReload, user: userEvent.setup() };
}

describe('lazyLoad', () => {
  it('tries a failed chunk once more at once, without bothering the user', { timeout: 30_000 }, async () => {
    const load = vi.fn<() => Promise<typeof Screen>>().mockRejectedValueOnce(chunkGone()).mockResolvedValue(Screen);
    await renderLazy(load);
    expect(await screen.findByRole('heading', { name: 'Om notatet' }, WAIT)).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('button', { name: 'Prøv igen' })).not.toBeInTheDocument();
  });

  it(
    'keeps no failure: after two, the boundary says so, and "Prøv igen" loads the chunk afresh',
    { timeout: 30_000 },
    async () => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      const load = vi
        .fn<() => Promise<typeof Screen>>()
        .mockRejectedValueOnce(chunkGone())
        .mockRejectedValueOnce(chunkGone())
        .mockResolvedValue(Screen);
      const { user, onReload } = await renderLazy(load);
      expect(await screen.findByRole('heading', { name: 'Det her kunne ikke vises' }, WAIT)).toBeInTheDocument();
      // Not fetched in a loop while the message is up.
      expect(load).toHaveBeenCalledTimes(2);

      // In an async act, as the browser would: the new load suspends and then shows the screen.
      await act(() => user.click(screen.getByRole('button', { name: 'Prøv igen' })));
      expect(await screen.findByRole('heading', { name: 'Om notatet' }, WAIT)).toBeInTheDocument();
      expect(load).toHaveBeenCalledTimes(3);
      expect(onReload).not.toHaveBeenCalled();
    },
  );

  it('offers "Genindlæs appen" while the chunk keeps failing', { timeout: 30_000 }, async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const load = vi.fn<() => Promise<typeof Screen>>().mockRejectedValue(chunkGone());
    const { user, onReload } = await renderLazy(load);
    const retry = await screen.findByRole('button', { name: 'Prøv igen' }, WAIT);
    await act(() => user.click(retry));
    await user.click(await screen.findByRole('button', { name: 'Genindlæs appen' }, WAIT));
    expect(load).toHaveBeenCalledTimes(4);
    expect(onReload).toHaveBeenCalledTimes(1);
  });
});
