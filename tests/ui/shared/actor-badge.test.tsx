import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ActorBadge } from '../../../src/ui/shared/actor-badge';
import { renderUi } from '../../support/render-ui';

describe('ActorBadge', () => {
  it('shows colour, symbol and name together, naming the actor by its name only', () => {
    renderUi(
      <button type="button">
        <ActorBadge actorId="laerer" />
      </button>,
    );
    const chip = screen.getByText('▲');
    expect(chip).toHaveAttribute('aria-hidden', 'true');
    expect(chip.parentElement).toHaveStyle({ '--actor-color': '#1d5c8a' });
    expect(screen.getByRole('button', { name: 'Lærer' })).toHaveTextContent(/^▲Lærer$/);
  });

  it('shows the singular or plural on request, capitalised as a name on its own', () => {
    renderUi(
      <ul>
        <li>
          <ActorBadge actorId="virksomhed" variant="singular" />
        </li>
        <li>
          <ActorBadge actorId="virksomhed" variant="plural" />
        </li>
      </ul>,
    );
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['■Virksomhed', '■Virksomheder']);
  });

  it('follows the UI language', async () => {
    const { i18n } = renderUi(<ActorBadge actorId="kommune" variant="plural" />);
    await act(() => i18n.changeLanguage('en'));
    expect(screen.getByText('Municipalities')).toBeInTheDocument();
  });
});
