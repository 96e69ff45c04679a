import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StartPage } from '../../../src/ui/start/start-page';
import { axeViolations } from '../../support/axe-violations';
import { renderUi } from '../../support/render-ui';

const iAm = () => screen.getByRole('group', { name: 'Jeg er …' });
const worksWith = () => screen.getByRole('group', { name: '… og samarbejder med …' });
const showCards = () => screen.getByRole('button', { name: 'Vis kortene' });

describe('StartPage', () => {
  it('names the app, the note and its publisher, and says what the app is', () => {
    renderUi(<StartPage />);
    expect(screen.getByRole('heading', { level: 1, name: 'Samarbejdskort' })).toBeInTheDocument();
    expect(screen.getByText(/„Det gode skole-virksomhedssamarbejde“ · Teknologipagten/)).toBeInTheDocument();
    expect(screen.getByText(/vælg, hvem du er, og hvem du samarbejder med/i)).toBeInTheDocument();
  });

  it('goes to the deck for "Lærer" working with "Virksomhed"', async () => {
    const { user } = renderUi(<StartPage />);
    await user.click(within(iAm()).getByRole('radio', { name: 'Lærer' }));
    await user.click(within(worksWith()).getByRole('radio', { name: /^Virksomhed/ }));
    await user.click(showCards());
    expect(window.location.pathname).toBe('/kort/laerer/virksomhed');
  });

  it('does not offer the chosen actor as its own partner', async () => {
    const { user } = renderUi(<StartPage />);
    await user.click(within(iAm()).getByRole('radio', { name: 'Lærer' }));
    const partners = within(worksWith()).getAllByRole('radio');
    expect(partners.map((radio) => (radio as HTMLInputElement).value)).toEqual([
      'elev',
      'virksomhed',
      'kommune',
      'alle',
    ]);
    expect(within(worksWith()).queryByRole('radio', { name: /^Lærer/ })).not.toBeInTheDocument();
  });

  it('falls back to "Alle" when the chosen partner becomes the actor itself', async () => {
    const { user } = renderUi(<StartPage />);
    await user.click(within(iAm()).getByRole('radio', { name: 'Elev' }));
    await user.click(within(worksWith()).getByRole('radio', { name: /^Virksomhed/ }));
    await user.click(within(iAm()).getByRole('radio', { name: 'Virksomhed' }));
    expect(within(worksWith()).getByRole('radio', { name: /^Alle/ })).toBeChecked();
  });

  it('asks for "Jeg er" before it can show cards', () => {
    renderUi(<StartPage />);
    expect(screen.getByRole('status')).toHaveTextContent('Vælg først, hvem du er.');
    expect(showCards()).toBeDisabled();
  });

  it('shows how many cards the chosen pair has, and every partner', async () => {
    const { user } = renderUi(<StartPage />);
    await user.click(within(iAm()).getByRole('radio', { name: 'Lærer' }));
    // "Alle" is preselected: 3 for Virksomhed + 2 for Elev; the retired Kommune card does not count.
    expect(screen.getByRole('status')).toHaveTextContent('Lærer → alle: 5 kort');
    expect(within(worksWith()).getByRole('radio', { name: 'Virksomhed 3 kort' })).toBeInTheDocument();
    expect(within(worksWith()).getByRole('radio', { name: 'Kommune 0 kort' })).toBeInTheDocument();
    await user.click(showCards());
    expect(window.location.pathname).toBe('/kort/laerer/alle');
  });

  it('says honestly when a pair has no cards and does not offer an empty deck', async () => {
    const { user } = renderUi(<StartPage />);
    await user.click(within(iAm()).getByRole('radio', { name: 'Elev' }));
    await user.click(within(worksWith()).getByRole('radio', { name: /^Lærer/ }));
    expect(screen.getByRole('status')).toHaveTextContent(
      /Elev → Lærer: 0 kort\. Notatet har ingen råd til netop dette par/,
    );
    expect(showCards()).toBeDisabled();

    await user.click(within(worksWith()).getByRole('radio', { name: /^Virksomhed/ }));
    expect(screen.getByRole('status')).toHaveTextContent('Elev → Virksomhed: 1 kort');
    expect(showCards()).toBeEnabled();
  });

  it('links to the four actor pages and to the about page', async () => {
    const { user } = renderUi(<StartPage />);
    const actors = screen.getByRole('navigation', { name: 'Læs om aktørerne' });
    const links = within(actors).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/aktoer/elev',
      '/aktoer/laerer',
      '/aktoer/virksomhed',
      '/aktoer/kommune',
      '/om',
    ]);
    expect(within(actors).getByRole('link', { name: 'Kommuner' })).toBeInTheDocument();
    await user.click(within(actors).getByRole('link', { name: 'Om notatet og appen' }));
    expect(window.location.pathname).toBe('/om');
  });

  it('speaks English after the language switch', async () => {
    const { user, i18n } = renderUi(<StartPage />);
    await act(() => i18n.changeLanguage('en'));
    expect(screen.getByRole('heading', { level: 1, name: 'Collaboration cards' })).toBeInTheDocument();
    expect(screen.getByText(/“The good school–business collaboration” · Teknologipagten/)).toBeInTheDocument();
    await user.click(within(screen.getByRole('group', { name: 'I am …' })).getByRole('radio', { name: 'Teacher' }));
    expect(screen.getByRole('status')).toHaveTextContent('Teacher → all: 5 cards');
    expect(screen.getByRole('button', { name: 'Show the cards' })).toBeEnabled();
  });

  it('has no axe violations, before and after a choice', async () => {
    const { user } = renderUi(<StartPage />);
    expect(await axeViolations()).toEqual([]);
    await user.click(within(iAm()).getByRole('radio', { name: 'Elev' }));
    await user.click(within(worksWith()).getByRole('radio', { name: /^Lærer/ }));
    expect(await axeViolations()).toEqual([]);
  });
});
