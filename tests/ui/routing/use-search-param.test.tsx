import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { navigate, useSearchParam } from '../../../src/ui/routing/use-route';

function Seed() {
  return <p>{useSearchParam('bland') ?? 'ingen'}</p>;
}

describe('useSearchParam', () => {
  beforeEach(() => window.history.replaceState(null, '', '/kort/laerer/virksomhed?bland=k7qm3x'));
  afterEach(cleanup);

  it('reads one value of the address and follows the app as it moves', () => {
    render(<Seed />);
    expect(screen.getByText('k7qm3x')).toBeInTheDocument();
    act(() => navigate('/kort/laerer/virksomhed?bland=abc123'));
    expect(screen.getByText('abc123')).toBeInTheDocument();
    // Only the query changes: the same path still moves.
    act(() => navigate('/kort/laerer/virksomhed', { replace: true }));
    expect(screen.getByText('ingen')).toBeInTheDocument();
  });

  it('follows Back and Forward', () => {
    render(<Seed />);
    act(() => {
      window.history.replaceState(null, '', '/kort/laerer/virksomhed?bland=zz9');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(screen.getByText('zz9')).toBeInTheDocument();
  });
});
