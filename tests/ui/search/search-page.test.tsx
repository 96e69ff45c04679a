import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryNotesStore } from '../../../src/storage/notes-store';
import { SearchPage } from '../../../src/ui/search/search-page';
import { axeViolations } from '../../support/axe-violations';
import { buildCard } from '../../support/build-card';
import { buildUiEdition } from '../../support/build-ui-edition';
import { renderShelf } from '../favourites/render-shelf';

const teacherCard = buildCard({
  from: 'laerer',
  to: 'virksomhed',
  title: { da: 'Aftal en fast kontaktperson', en: 'Agree on one contact person' },
  tip: {
    printed: 'Sørg for at lærerens skema giver plads.',
    text: { da: 'Sørg for at lærerens skema giver plads.', en: "Make room in the teacher's timetable." },
    errata: [],
  },
  reflection: { da: 'Hvem ringer I til, når noget går galt?', en: 'Who do you call when something goes wrong?' },
});
const companyCard = buildCard({
  from: 'virksomhed',
  to: 'laerer',
  title: { da: 'Vis hvorfor samarbejdet er relevant', en: 'Show why the collaboration matters' },
  tip: {
    printed: 'Forklar økonomien bag praktikken.',
    text: { da: 'Forklar økonomien bag praktikken.', en: 'Explain the economics behind the placement.' },
    errata: [],
  },
});
const edition = buildUiEdition({ cards: [teacherCard, companyCard] });

function results() {
  return screen.getByRole('list', { name: 'Søgeresultater' });
}

async function search(user: ReturnType<typeof renderShelf>['user'], text: string) {
  const field = await screen.findByRole('searchbox', { name: /søg i kort, aktørprofiler og dine noter/i });
  await user.clear(field);
  await user.type(field, text);
}

describe('search', () => {
  it('finds a card by a word of its title, marks the word and opens the card', async () => {
    const { user } = renderShelf(<SearchPage />, { edition });
    await search(user, 'kontaktperson');
    expect(document.title).toBe('Søg i kortene – Samarbejdskort');
    const hit = await within(await screen.findByRole('list', { name: 'Søgeresultater' })).findByRole('link', {
      name: /aftal en fast kontaktperson/i,
    });
    expect(within(hit).getByText('kontaktperson', { selector: 'mark' })).toBeInTheDocument();
    await user.click(hit);
    expect(window.location.pathname).toBe(`/kort/laerer/virksomhed/${teacherCard.id}`);
  });

  it('forgives case, æ/ae, ø/oe, å/aa and a small typo', async () => {
    const { user } = renderShelf(<SearchPage />, { edition });
    for (const query of ['OEKONOMIEN', 'laererens', 'samarbjedet']) {
      await search(user, query);
      expect(await within(results()).findAllByRole('listitem'), query).toHaveLength(1);
    }
    await search(user, 'oekonomien');
    // The word is marked as written in the card, with its ø.
    expect(within(results()).getByText('økonomien', { selector: 'mark' })).toBeInTheDocument();
  });

  it('searches tips, reflections and the user’s own notes, saying where the word was found', async () => {
    const store = createMemoryNotesStore([
      { cardId: companyCard.id, text: 'Spørg Mette om CSR-strategien', updatedAt: 1, editionVersion: '1.2.3' },
    ]);
    const { user } = renderShelf(<SearchPage />, { edition, store });
    await search(user, 'mette');
    const item = await within(results()).findByRole('listitem');
    expect(item).toHaveTextContent(/Din note:.*Spørg Mette om CSR-strategien/);
    expect(within(item).getByRole('link')).toHaveTextContent(companyCard.title.da);
    await search(user, 'hvem ringer');
    expect(await within(results()).findByRole('listitem')).toHaveTextContent(/Refleksionsspørgsmål:/);
  });

  it('searches the actor profiles, and a profile hit opens the actor', async () => {
    const { user } = renderShelf(<SearchPage />, { edition });
    await search(user, 'profiltekst kommune');
    const link = await within(results()).findByRole('link');
    await user.click(link);
    expect(window.location.pathname).toBe('/aktoer/kommune');
  });

  it('searches in the current language', async () => {
    const { user } = renderShelf(<SearchPage />, { edition, lang: 'en' });
    const field = await screen.findByRole('searchbox', { name: /search cards, actor profiles and your notes/i });
    await user.type(field, 'economics');
    expect(await screen.findByRole('link', { name: /show why the collaboration matters/i })).toBeInTheDocument();
    await user.clear(field);
    await user.type(field, 'økonomien');
    expect(await screen.findByText(/nothing found/i)).toBeInTheDocument();
  });

  it('keeps the query in the address, and starts from it', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      renderShelf(<SearchPage />, { edition, url: '/soeg?q=praktikken' });
      expect(await screen.findByRole('searchbox')).toHaveValue('praktikken');
      expect(
        await within(await screen.findByRole('list', { name: 'Søgeresultater' })).findByRole('link'),
      ).toHaveTextContent(companyCard.title.da);
      fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'skema' } });
      expect(window.location.search).toBe('?q=praktikken'); // not at every keystroke
      await act(async () => {
        await vi.advanceTimersByTimeAsync(400);
      });
      expect(window.location.search).toBe('?q=skema');
    } finally {
      vi.useRealTimers();
    }
  });

  it('says when nothing matches, and asks for more than one letter', async () => {
    const { user } = renderShelf(<SearchPage />, { edition });
    expect(
      await screen.findByText('Skriv mindst to bogstaver.', { selector: '.search-page__status' }),
    ).toBeInTheDocument();
    await search(user, 'zebra');
    expect(
      await screen.findByText('Ingen træf for „zebra“.', { selector: '.search-page__status' }),
    ).toBeInTheDocument();
  });

  it('has no accessibility violations', async () => {
    const { user } = renderShelf(<SearchPage />, { edition });
    await search(user, 'samarbejdet');
    await within(results()).findAllByRole('listitem');
    expect(await axeViolations()).toEqual([]);
  });
});
