import { screen, within } from '@testing-library/react';
import { edition as published } from '../../support/published-edition';
import { describe, expect, it } from 'vitest';
import { ACTOR_IDS } from '../../../src/domain/actor';
import { countPairs } from '../../../src/domain/select-deck';
import type { Edition } from '../../../src/domain/edition';
import { StartPage } from '../../../src/ui/start/start-page';
import { axeViolations } from '../../support/axe-violations';
import { renderUi } from '../../support/render-ui';

// Typed here: the ambient declaration of the virtual module does not resolve its Edition type.
const edition: Edition = published;

/** The start page over the real content/, so the counts a user sees are the edition's own. */
describe('StartPage with the published edition', () => {
  it('shows every pair of the edition with its count, and no link for a pair without cards', () => {
    renderUi(<StartPage />, { edition });
    const counts = countPairs(edition.cards);
    const table = screen.getByRole('table', { name: 'Kort for hvert par' });
    const name = (id: string) => edition.actors.find((actor) => actor.id === id)!.singular.da;
    let pairsWithoutCards = 0;
    for (const from of ACTOR_IDS) {
      for (const to of ACTOR_IDS) {
        if (from === to) continue;
        const count = counts[from][to];
        const link = within(table).queryByRole('link', { name: `${name(from)} → ${name(to)}: ${count} kort` });
        if (count === 0) {
          pairsWithoutCards += 1;
          expect(link).not.toBeInTheDocument();
        } else {
          expect(link).toHaveAttribute('href', `/kort/${from}/${to}`);
        }
      }
    }
    const cells = within(table).getAllByRole('cell');
    expect(cells.filter((cell) => cell.textContent === '0 kort')).toHaveLength(pairsWithoutCards);
  });

  it('takes "Lærer" working with "Virksomhed" to that deck', async () => {
    const { user } = renderUi(<StartPage />, { edition });
    await user.click(within(screen.getByRole('group', { name: 'Jeg er …' })).getByRole('radio', { name: 'Lærer' }));
    await user.click(
      within(screen.getByRole('group', { name: '… og samarbejder med …' })).getByRole('radio', { name: /^Virksomhed/ }),
    );
    await user.click(screen.getByRole('button', { name: 'Vis kortene' }));
    expect(window.location.pathname).toBe('/kort/laerer/virksomhed');
  });

  it('has no axe violations', async () => {
    renderUi(<StartPage />, { edition });
    expect(await axeViolations()).toEqual([]);
  });
});
