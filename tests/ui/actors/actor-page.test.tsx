import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ActorPage } from '../../../src/ui/actors/actor-page';
import { axeViolations } from '../../support/axe-violations';
import { buildUiEdition } from '../../support/build-ui-edition';
import { renderUi } from '../../support/render-ui';

const otherActorBlock = () => screen.getByRole('region', { name: 'Som anden aktør; vær især opmærksom på følgende' });

describe('ActorPage', () => {
  it('shows the actor by name and symbol, with its profile under our headings', () => {
    renderUi(<ActorPage actorId="laerer" />);
    const title = screen.getByRole('heading', { level: 1, name: 'Lærere' });
    expect(title).toHaveTextContent('▲');
    expect(screen.getByRole('heading', { level: 2, name: 'Motivation (laerer)' })).toBeInTheDocument();
    expect(
      screen.getByText('Overskrifterne i kursiv er redaktionelle tilføjelser', { exact: false }),
    ).toBeInTheDocument();
    expect(screen.getByText('Profiltekst om laerer.')).toBeInTheDocument();
  });

  it('sets the "as another actor" advice apart in its own block', () => {
    renderUi(<ActorPage actorId="virksomhed" />);
    expect(within(otherActorBlock()).getByText('Som anden aktør: tal med virksomhed.')).toBeInTheDocument();
    expect(within(otherActorBlock()).queryByText('Profiltekst om virksomhed.')).not.toBeInTheDocument();
  });

  it('shows a corrected typo as a footnote under its paragraph', () => {
    renderUi(<ActorPage actorId="laerer" />);
    const paragraph = screen.getByText('Der skal laves en tidsplan for laerer.');
    const footnote = screen.getByRole('list', { name: 'Rettede trykfejl' });
    expect(paragraph.nextElementSibling).toBe(footnote);
    expect(footnote).toHaveTextContent('Trykt: „udarbjedelse“, rettet til „udarbejdelse“. Stavefejl i notatet.');
  });

  it('links to the decks for the actor and for working with it, with their counts', async () => {
    const { user } = renderUi(<ActorPage actorId="laerer" />);
    const forTeachers = screen.getByRole('region', { name: 'Kort til lærere' });
    expect(within(forTeachers).getByRole('link', { name: 'Lærer → Virksomhed: 3 kort' })).toHaveAttribute(
      'href',
      '/kort/laerer/virksomhed',
    );
    expect(within(forTeachers).getByRole('link', { name: 'Lærer → Elev: 2 kort' })).toHaveAttribute(
      'href',
      '/kort/laerer/elev',
    );
    expect(within(forTeachers).getByRole('link', { name: 'Lærer → alle: 5 kort' })).toHaveAttribute(
      'href',
      '/kort/laerer/alle',
    );
    // Only a retired card: shown as an empty pair, not a link to an empty deck.
    expect(within(forTeachers).getByText('Lærer → Kommune: 0 kort')).not.toHaveAttribute('href');
    expect(within(forTeachers).queryByRole('link', { name: /Kommune/ })).not.toBeInTheDocument();

    const withTeachers = screen.getByRole('region', { name: 'Kort om samarbejdet med lærere' });
    expect(within(withTeachers).getByRole('link', { name: 'Virksomhed → Lærer: 1 kort' })).toHaveAttribute(
      'href',
      '/kort/virksomhed/laerer',
    );
    expect(within(withTeachers).getByText('Elev → Lærer: 0 kort')).toBeInTheDocument();
    expect(within(withTeachers).queryAllByRole('link')).toHaveLength(1);

    expect(screen.getByText('6 af notatets kort handler om lærere.')).toBeInTheDocument();
    await user.click(within(forTeachers).getByRole('link', { name: 'Lærer → Virksomhed: 3 kort' }));
    expect(window.location.pathname).toBe('/kort/laerer/virksomhed');
  });

  it('links to the other three actors', async () => {
    const { user } = renderUi(<ActorPage actorId="elev" />);
    const others = screen.getByRole('navigation', { name: 'De andre aktører' });
    expect(
      within(others)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['/aktoer/laerer', '/aktoer/virksomhed', '/aktoer/kommune']);
    await user.click(within(others).getByRole('link', { name: 'Kommuner' }));
    expect(window.location.pathname).toBe('/aktoer/kommune');
  });

  it('still offers the decks when the edition has no profile for the actor', () => {
    const edition = buildUiEdition();
    renderUi(<ActorPage actorId="kommune" />, {
      edition: { ...edition, profiles: edition.profiles.filter((p) => p.actor !== 'kommune') },
    });
    expect(screen.getByText('Der er ingen profil for denne aktør i denne udgave af indholdet.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Kommune → Elev: 1 kort' })).toBeInTheDocument();
  });

  it('speaks English after the language switch, content included', async () => {
    const { i18n } = renderUi(<ActorPage actorId="laerer" />);
    await act(() => i18n.changeLanguage('en'));
    expect(screen.getByRole('heading', { level: 1, name: 'Teachers' })).toBeInTheDocument();
    const block = screen.getByRole('region', { name: 'As another actor, pay particular attention to the following' });
    expect(within(block).getByText('As another actor: talk to laerer.')).toBeInTheDocument();
    expect(screen.getByText('Profile text about laerer.')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Corrected typos' })).toHaveTextContent(
      'Printed: “udarbjedelse”, corrected to “udarbejdelse”. Spelling mistake in the note.',
    );
    expect(screen.getByRole('link', { name: 'Teacher → Company: 3 cards' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Cards for working with teachers' })).toBeInTheDocument();
  });

  it('has no axe violations', async () => {
    renderUi(<ActorPage actorId="laerer" />);
    expect(await axeViolations()).toEqual([]);
  });
});
