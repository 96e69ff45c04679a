import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createBrief, withBriefCard } from '../../../src/domain/brief-model';
import { createIdbBriefsStore, createMemoryBriefsStore } from '../../../src/storage/record-store';
import { axeViolations } from '../../support/axe-violations';
import { renderPaper, visitBriefs } from './render-paper';

function card(app: ReturnType<typeof renderPaper>, id: string) {
  const found = app.edition.cards.find((c) => c.id === id);
  if (!found) throw new Error(`no card ${id} in the edition`);
  return found;
}

const cardArticle = (title: string) => screen.getByRole('article', { name: title });

async function startBrief(app: ReturnType<typeof renderPaper>, name: string): Promise<string> {
  await app.user.type(await screen.findByRole('textbox', { name: 'Navn på forberedelsen' }), name);
  await app.user.selectOptions(screen.getByRole('combobox', { name: 'Jeg er …' }), 'Lærer');
  await app.user.selectOptions(screen.getByRole('combobox', { name: '… og samarbejder med …' }), 'Virksomhed');
  await app.user.click(screen.getByRole('button', { name: 'Start forberedelsen' }));
  await screen.findByRole('heading', { level: 1, name: name });
  const id = window.location.pathname.split('/')[2];
  if (!id) throw new Error(`no brief id in ${window.location.pathname}`);
  return id;
}

describe('preparing a visit', () => {
  it('marks cards, fills the sheet, and after a reload it is all still there', async () => {
    const app = renderPaper('/forberedelse', { briefs: createIdbBriefsStore() });
    const id = await startBrief(app, 'Besøg hos Vindmøllefabrikken');
    expect(window.location.pathname).toBe(`/forberedelse/${id}`);

    const engagement = card(app, 'laerer-virksomhed-vis-engagement').title.da;
    const plan = card(app, 'laerer-virksomhed-planlaeg-sammen').title.da;
    await app.user.click(within(cardArticle(engagement)).getByRole('radio', { name: 'Til drøftelse' }));
    await app.user.type(
      within(cardArticle(engagement)).getByRole('textbox', { name: `Note: ${engagement}` }),
      'Hvem tager imod os?',
    );
    await app.user.click(within(cardArticle(plan)).getByRole('radio', { name: 'Klaret' }));

    await app.user.click(screen.getByRole('button', { name: 'Videre: Forventningsafstemning' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Forventningsafstemning' })).toHaveFocus();
    await app.user.type(
      screen.getByRole('textbox', { name: 'Det aftaler vi: Formål og mål med samarbejdet' }),
      'Se en vinge',
    );
    await app.user.type(screen.getByRole('textbox', { name: 'Kontaktperson – Virksomhed' }), 'Jens');
    await app.user.type(screen.getByRole('textbox', { name: 'Efter besøget (opsamling i klassen)' }), 'Fremlæggelse');
    await screen.findByText('Gemt på denne enhed');

    // A reload: everything unmounted, a new connection to the same database.
    app.reload({ briefs: createIdbBriefsStore() });
    await screen.findByRole('heading', { level: 1, name: 'Besøg hos Vindmøllefabrikken' });
    expect(within(cardArticle(engagement)).getByRole('radio', { name: 'Til drøftelse' })).toBeChecked();
    expect(within(cardArticle(engagement)).getByRole('textbox', { name: `Note: ${engagement}` })).toHaveValue(
      'Hvem tager imod os?',
    );
    expect(within(cardArticle(plan)).getByRole('radio', { name: 'Klaret' })).toBeChecked();
    await app.user.click(screen.getByRole('button', { name: '2. Forventningsafstemning' }));
    expect(screen.getByRole('textbox', { name: 'Det aftaler vi: Formål og mål med samarbejdet' })).toHaveValue(
      'Se en vinge',
    );
    expect(screen.getByRole('textbox', { name: 'Kontaktperson – Virksomhed' })).toHaveValue('Jens');
    expect(screen.getByRole('textbox', { name: 'Efter besøget (opsamling i klassen)' })).toHaveValue('Fremlæggelse');
  });

  it('writes a change 400 ms after the last keystroke, or at once when the page goes away', async () => {
    const briefs = visitBriefs();
    const app = renderPaper('/forberedelse/abc1', { briefs, advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    const title = card(app, 'laerer-virksomhed-vis-engagement').title.da;
    // The screen is a lazy chunk: found on the real clock, however long the machine takes to load it.
    const field = await screen.findByRole('textbox', { name: `Note: ${title}` });
    // Then only timeouts are faked (the memory store needs none), so the save delay is exact.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    // Testing Library drains with setTimeout(0) and advances fake timers only when it sees `jest`.
    vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) });
    try {
      const stored = async () => (await briefs.get('abc1'))?.cards;

      await app.user.type(field, 'Ring');
      await act(async () => vi.advanceTimersByTime(399));
      expect(await stored()).toEqual([]);
      await act(async () => vi.advanceTimersByTime(1));
      expect(await stored()).toEqual([{ cardId: 'laerer-virksomhed-vis-engagement', note: 'Ring' }]);

      await app.user.type(field, ' til Jens');
      await act(async () => vi.advanceTimersByTime(100));
      expect(await stored()).toEqual([{ cardId: 'laerer-virksomhed-vis-engagement', note: 'Ring' }]);
      // Leaving the page (here: the screen going away) writes what was still waiting.
      app.unmount();
      await act(async () => {});
      expect(await stored()).toEqual([{ cardId: 'laerer-virksomhed-vis-engagement', note: 'Ring til Jens' }]);
    } finally {
      vi.useRealTimers();
      vi.unstubAllGlobals();
    }
  });

  it('writes at once when the tablet hides the page', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    // Testing Library drains with setTimeout(0) and advances fake timers only when it sees `jest`.
    vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) });
    try {
      const briefs = visitBriefs();
      const app = renderPaper('/forberedelse/abc1', { briefs, advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
      await act(async () => {});
      await app.user.type(screen.getByRole('textbox', { name: 'Navn på forberedelsen' }), ' i maj');
      expect((await briefs.get('abc1'))?.name).toBe('Besøg');
      await act(async () => {
        window.dispatchEvent(new Event('pagehide'));
      });
      expect((await briefs.get('abc1'))?.name).toBe('Besøg i maj');
    } finally {
      vi.useRealTimers();
      vi.unstubAllGlobals();
    }
  });

  it('shows both directions of the pair: advice for me, and for my partner', async () => {
    const briefs = visitBriefs();
    const app = renderPaper('/forberedelse/abc1', { briefs });
    const own = await screen.findByRole('heading', { name: 'Råd til dig som lærer om samarbejdet med en virksomhed' });
    const theirs = screen.getByRole('heading', { name: 'Råd til virksomheden om samarbejdet med dig som lærer' });
    const ownCards = app.edition.cards.filter(
      (c) => c.status === 'active' && c.from === 'laerer' && c.to === 'virksomhed',
    );
    const theirCards = app.edition.cards.filter(
      (c) => c.status === 'active' && c.from === 'virksomhed' && c.to === 'laerer',
    );
    expect(within(own.closest('section') as HTMLElement).getAllByRole('article')).toHaveLength(ownCards.length);
    expect(within(theirs.closest('section') as HTMLElement).getAllByRole('article')).toHaveLength(theirCards.length);
  });

  it('quotes the note’s own advice beside the sheet’s questions', async () => {
    const briefs = visitBriefs();
    const app = renderPaper('/forberedelse/abc1', { briefs });
    await app.user.click(await screen.findByRole('button', { name: '2. Forventningsafstemning' }));
    const leadership = screen.getByRole('region', { name: 'Opbakning fra skolelederen' });
    expect(within(leadership).getByText('Fra notatet')).toBeInTheDocument();
    expect(leadership).toHaveTextContent(card(app, 'kommune-laerer-sikr-lederopbakning').tip.text.da);
  });

  it('keeps several named briefs, newest first, and deletes one only when confirmed', async () => {
    const briefs = createMemoryBriefsStore([
      createBrief({
        id: 'old1',
        name: 'Kommunebesøg',
        actor: 'laerer',
        partner: 'kommune',
        now: Date.UTC(2026, 1, 3),
        editionVersion: '1.0.0',
      }),
      withBriefCard(
        createBrief({
          id: 'new1',
          name: 'Virksomhedsbesøg',
          actor: 'laerer',
          partner: 'virksomhed',
          now: Date.UTC(2026, 2, 9),
          editionVersion: '1.0.0',
        }),
        { cardId: 'laerer-virksomhed-vis-engagement', mark: 'relevant', note: '' },
        Date.UTC(2026, 2, 10),
      ),
    ]);
    const app = renderPaper('/forberedelse', { briefs });
    const list = await screen.findByRole('region', { name: 'Mine forberedelser' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    const [first, second] = within(list).getAllByRole('listitem');
    expect(within(first!).getByRole('link', { name: 'Virksomhedsbesøg' })).toHaveAttribute(
      'href',
      '/forberedelse/new1',
    );
    expect(first).toHaveTextContent('Oprettet 9. marts 2026 · ændret 10. marts 2026 · 1 kort markeret');
    expect(second).toHaveTextContent('Kommunebesøg');

    await app.user.click(within(second!).getByRole('button', { name: 'Slet: Kommunebesøg' }));
    await app.user.click(within(second!).getByRole('button', { name: 'Fortryd' }));
    expect(await briefs.get('old1')).toBeDefined();
    await app.user.click(within(second!).getByRole('button', { name: 'Slet: Kommunebesøg' }));
    await app.user.click(within(second!).getByRole('button', { name: 'Ja, slet' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    expect(await briefs.get('old1')).toBeUndefined();
  });

  it('refuses the same actor on both sides', async () => {
    const app = renderPaper('/forberedelse');
    await app.user.selectOptions(await screen.findByRole('combobox', { name: 'Jeg er …' }), 'Virksomhed');
    expect(screen.getByText('Vælg to forskellige aktører.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start forberedelsen' })).toBeDisabled();
  });

  it('names a brief the user did not name after the partner and the day', async () => {
    const app = renderPaper('/forberedelse');
    await app.user.click(await screen.findByRole('button', { name: 'Start forberedelsen' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: /^Besøg: Virksomhed, \d+\. \w+ \d{4}$/ }),
    ).toBeInTheDocument();
    expect(await app.briefs.list()).toHaveLength(1);
  });

  it('says so when a brief is not on this device', async () => {
    renderPaper('/forberedelse/findesikke');
    expect(await screen.findByRole('heading', { level: 1, name: 'Forberedelsen findes ikke' })).toBeInTheDocument();
  });

  it('has no axe violations on the start, the cards, the sheet and the share step', async () => {
    const app = renderPaper('/forberedelse', {
      briefs: visitBriefs(),
    });
    await screen.findByRole('region', { name: 'Mine forberedelser' });
    expect(await axeViolations(app.container)).toEqual([]);
    await app.go('/forberedelse/abc1');
    await screen.findByRole('heading', { level: 2, name: 'Kortene' });
    expect(await axeViolations(app.container)).toEqual([]);
    await app.user.click(screen.getByRole('button', { name: '2. Forventningsafstemning' }));
    expect(await axeViolations(app.container)).toEqual([]);
    await app.user.click(screen.getByRole('button', { name: '3. Del og udskriv' }));
    await screen.findByRole('img', { name: 'QR-kode med linket til den skrivebeskyttede kopi' });
    expect(await axeViolations(app.container)).toEqual([]);
  });
});
