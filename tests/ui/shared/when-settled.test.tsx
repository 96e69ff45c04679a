import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WhenSettled } from '../../../src/ui/shared/when-settled';

describe('WhenSettled', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('shows its extras only once the loaded page is idle, and a frame after every later screen', async () => {
    // jsdom has no requestIdleCallback: a controllable one stands in for the browser's.
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
    const first = render(
      <WhenSettled>
        <p>Installér appen</p>
      </WhenSettled>,
    );
    expect(screen.queryByText('Installér appen')).not.toBeInTheDocument();
    await vi.waitFor(() => expect(idle).toHaveLength(1));
    expect(screen.queryByText('Installér appen')).not.toBeInTheDocument();
    idle[0]?.();
    expect(await screen.findByText('Installér appen')).toBeInTheDocument();
    first.unmount();

    // A screen opened after that (the deck, after the start page) waits for its own first paint
    // only, not for the page to settle again.
    render(
      <WhenSettled>
        <p>Stjernemarkér</p>
      </WhenSettled>,
    );
    expect(screen.queryByText('Stjernemarkér')).not.toBeInTheDocument();
    expect(await screen.findByText('Stjernemarkér')).toBeInTheDocument();
    expect(idle).toHaveLength(1);
  });
});
