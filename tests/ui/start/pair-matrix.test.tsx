import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ACTOR_IDS } from '../../../src/domain/actor';
import { countPairs } from '../../../src/domain/select-deck';
import { PairMatrix } from '../../../src/ui/start/pair-matrix';
import { axeViolations } from '../../support/axe-violations';
import { buildUiEdition } from '../../support/build-ui-edition';
import { renderUi } from '../../support/render-ui';

const table = () => screen.getByRole('table', { name: 'Kort for hvert par' });
/** The data cells of the row "Jeg er <name>", in column order elev, laerer, virksomhed, kommune. */
const rowCells = (name: string) =>
  within(within(table()).getByRole('row', { name: new RegExp(`^${name}`) })).getAllByRole('cell');

describe('PairMatrix', () => {
  it('is a table with actors as row and column headers', () => {
    renderUi(<PairMatrix />);
    const headers = within(table())
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual(['●Elev', '▲Lærer', '■Virksomhed', '◆Kommune']);
    expect(within(table()).getAllByRole('rowheader')).toHaveLength(4);
  });

  it('links each pair that has cards to its deck, named by the pair and its count', async () => {
    const { user } = renderUi(<PairMatrix />);
    const link = within(table()).getByRole('link', { name: 'Lærer → Virksomhed: 3 kort' });
    expect(link).toHaveAttribute('href', '/kort/laerer/virksomhed');
    expect(link).toHaveTextContent('3 kort');
    expect(within(table()).getByRole('link', { name: 'Kommune → Elev: 1 kort' })).toHaveAttribute(
      'href',
      '/kort/kommune/elev',
    );
    await user.click(link);
    expect(window.location.pathname).toBe('/kort/laerer/virksomhed');
  });

  it('shows every count of the edition, and pairs without cards as "0 kort" that is not a link', () => {
    const { edition } = renderUi(<PairMatrix />);
    const counts = countPairs(edition.cards);
    const names = { elev: 'Elev', laerer: 'Lærer', virksomhed: 'Virksomhed', kommune: 'Kommune' } as const;
    for (const from of ACTOR_IDS) {
      const cells = rowCells(names[from]);
      ACTOR_IDS.forEach((to, column) => {
        const cell = cells[column]!;
        if (from === to) {
          expect(cell).toHaveTextContent('Ikke relevant');
        } else if (counts[from][to] === 0) {
          expect(cell).toHaveTextContent('0 kort');
          expect(within(cell).queryByRole('link')).not.toBeInTheDocument();
        } else {
          expect(within(cell).getByRole('link')).toHaveAccessibleName(
            `${names[from]} → ${names[to]}: ${counts[from][to]} kort`,
          );
        }
      });
    }
    // The retired card does not count, and elev→laerer has no card at all.
    expect(rowCells('Lærer')[3]).toHaveTextContent('0 kort');
    expect(screen.queryByRole('link', { name: /Elev → Lærer/ })).not.toBeInTheDocument();
  });

  it('follows the edition it is given', () => {
    renderUi(<PairMatrix />, { edition: buildUiEdition({ cards: [] }) });
    expect(within(table()).queryAllByRole('link')).toHaveLength(0);
    const cells = within(table()).getAllByRole('cell');
    expect(cells.filter((cell) => cell.textContent === '0 kort')).toHaveLength(12);
  });

  it('scrolls inside a focusable region on narrow screens', () => {
    renderUi(<PairMatrix />);
    expect(screen.getByRole('region', { name: 'Kort for hvert par' })).toHaveAttribute('tabindex', '0');
  });

  it('speaks English after the language switch', async () => {
    const { i18n } = renderUi(<PairMatrix />);
    await act(() => i18n.changeLanguage('en'));
    expect(screen.getByRole('table', { name: 'Cards for each pair' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Teacher → Company: 3 cards' })).toHaveTextContent('3 cards');
    expect(screen.getByRole('link', { name: 'Municipality → Pupil: 1 card' })).toBeInTheDocument();
    expect(screen.getAllByText('Not applicable')).toHaveLength(4);
  });

  it('has no axe violations', async () => {
    renderUi(<PairMatrix />);
    expect(await axeViolations()).toEqual([]);
  });
});
