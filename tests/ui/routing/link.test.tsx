import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Link } from '../../../src/ui/routing/link';

describe('Link', () => {
  beforeEach(() => window.history.replaceState(null, '', '/'));
  afterEach(cleanup);

  it('moves within the app to the route, without a reload', async () => {
    render(<Link to={{ name: 'about' }}>Om</Link>);
    const link = screen.getByRole('link', { name: 'Om' });
    expect(link).toHaveAttribute('href', '/om');
    await userEvent.setup().click(link);
    expect(window.location.pathname).toBe('/om');
  });

  it('carries a query beside the route', async () => {
    render(
      <Link to={{ name: 'ownDecks', deckId: 'ny' }} query="?kort=a,b">
        Nyt kortspil
      </Link>,
    );
    const link = screen.getByRole('link', { name: 'Nyt kortspil' });
    expect(link).toHaveAttribute('href', '/egne-kort/ny?kort=a,b');
    await userEvent.setup().click(link);
    expect(`${window.location.pathname}${window.location.search}`).toBe('/egne-kort/ny?kort=a,b');
  });

  it('leaves a click with a modifier key to the browser (a new tab)', () => {
    render(<Link to={{ name: 'about' }}>Om</Link>);
    const notPrevented = fireEvent.click(screen.getByRole('link', { name: 'Om' }), { ctrlKey: true });
    expect(notPrevented).toBe(true);
    expect(window.location.pathname).toBe('/');
  });
});
