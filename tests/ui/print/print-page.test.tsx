import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryNotesStore } from '../../../src/storage/notes-store';
import { axeViolations } from '../../support/axe-violations';
import { renderPaper } from '../prep/render-paper';
import { decodeQrSvg } from '../shared/decode-qr';

afterEach(() => {
  vi.unstubAllGlobals();
});

const sheets = () => screen.getAllByRole('region', { name: /^Ark \d+/ });
const sheet = (name: string) => screen.getByRole('region', { name });

describe('printing a deck', () => {
  it('lays a pair’s cards out as A6: fronts, then the backs mirrored', async () => {
    const app = renderPaper('/udskriv/laerer/virksomhed');
    expect(await screen.findByRole('heading', { level: 1, name: 'Udskriv kort' })).toBeInTheDocument();
    const cards = app.edition.cards.filter(
      (c) => c.status === 'active' && c.from === 'laerer' && c.to === 'virksomhed',
    );
    expect(screen.getByText(`Lærer → Virksomhed · ${cards.length} kort`)).toBeInTheDocument();
    expect(sheets().map((s) => s.getAttribute('aria-label'))).toEqual([
      'Ark 1, forsider',
      'Ark 1, bagsider (spejlvendt)',
    ]);
    const fronts = within(sheet('Ark 1, forsider')).getAllByRole('heading', { level: 3 });
    expect(fronts.map((h) => h.textContent)).toEqual(cards.map((c) => c.title.da));
    const back = sheet('Ark 1, bagsider (spejlvendt)');
    for (const card of cards) expect(back).toHaveTextContent(card.tip.text.da);
    // Actors carry symbol and label, never colour alone.
    expect(within(sheet('Ark 1, forsider')).getAllByText('LÆRER')).toHaveLength(cards.length);
    expect(screen.getByText('2 A4-sider, forsider og bagsider skiftevis')).toBeInTheDocument();
  });

  it('gives each card a QR code that opens that card in the app', async () => {
    const app = renderPaper('/udskriv/laerer/virksomhed');
    const card = app.edition.cards.find((c) => c.status === 'active' && c.from === 'laerer' && c.to === 'virksomhed');
    const qr = await screen.findByRole('img', { name: `QR-kode, der åbner kortet „${card?.title.da}“ i appen` });
    expect(decodeQrSvg(qr as unknown as SVGElement)).toBe(
      `${window.location.origin}/kort/laerer/virksomhed/${card?.id}`,
    );
  });

  it('fits nine poker cards to a sheet', async () => {
    const app = renderPaper('/udskriv');
    const total = app.edition.cards.filter((c) => c.status === 'active').length;
    await screen.findByText(`Alle kort · ${total} kort`);
    expect(sheets()).toHaveLength(2 * Math.ceil(total / 4));
    await app.user.click(screen.getByRole('radio', { name: 'Spillekort (63 × 88 mm) – ni kort på et A4-ark' }));
    expect(sheets()).toHaveLength(2 * Math.ceil(total / 9));
  });

  it('prints the cards in English from a Danish screen', async () => {
    const app = renderPaper('/udskriv/virksomhed/laerer');
    await app.user.click(await screen.findByRole('radio', { name: 'English' }));
    const card = app.edition.cards.find((c) => c.status === 'active' && c.from === 'virksomhed' && c.to === 'laerer');
    if (!card) throw new Error('no virksomhed → laerer card');
    const front = sheet('Ark 1, forsider');
    expect(within(front).getByRole('heading', { level: 3, name: card.title.en })).toBeInTheDocument();
    expect(within(front).getAllByText('COMPANY').length).toBeGreaterThan(0);
    expect(sheet('Ark 1, bagsider (spejlvendt)')).toHaveTextContent(`Tip from the note${card.tip.text.en}`);
    // The page itself stays Danish.
    expect(screen.getByRole('heading', { level: 1, name: 'Udskriv kort' })).toBeInTheDocument();
  });

  it('prints personal notes only when asked', async () => {
    const notes = createMemoryNotesStore([
      {
        cardId: 'laerer-virksomhed-vis-engagement',
        text: 'Spørg efter Jens i receptionen',
        updatedAt: 1,
        editionVersion: '1.0.0',
      },
    ]);
    const app = renderPaper('/udskriv/laerer/virksomhed', { notes });
    await screen.findByText('Du har en note på 1 af kortene. Den kommer kun med, hvis du vælger det.');
    expect(screen.queryByText('Spørg efter Jens i receptionen')).toBeNull();
    await app.user.click(screen.getByRole('checkbox', { name: 'Skriv mine noter på bagsiden' }));
    expect(
      within(sheet('Ark 1, bagsider (spejlvendt)')).getByText('Spørg efter Jens i receptionen'),
    ).toBeInTheDocument();
    expect(within(sheet('Ark 1, forsider')).queryByText('Spørg efter Jens i receptionen')).toBeNull();
  });

  it('adds blank cards for the session’s own tips', async () => {
    const app = renderPaper('/udskriv/laerer/virksomhed');
    const count = await screen.findByRole('spinbutton', { name: 'Tomme kort til jeres egne råd' });
    await app.user.clear(count);
    await app.user.type(count, '2');
    expect(within(sheet('Ark 2, forsider')).getAllByRole('heading', { name: 'Vores eget råd' })).toHaveLength(1);
    expect(within(sheet('Ark 1, forsider')).getAllByRole('heading', { name: 'Vores eget råd' })).toHaveLength(1);
    expect(sheets()).toHaveLength(4);
  });

  it('prints a chosen set of cards, in the order given', async () => {
    const app = renderPaper('/udskriv/kort/virksomhed-laerer-stil-krav,laerer-elev-redde-verden,findes-ikke');
    await screen.findByText('Udvalgte kort · 2 kort');
    const titles = within(sheet('Ark 1, forsider'))
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    const byId = (id: string) => app.edition.cards.find((c) => c.id === id)?.title.da;
    expect(titles).toEqual([byId('virksomhed-laerer-stil-krav'), byId('laerer-elev-redde-verden')]);
  });

  it('opens the browser’s print dialog', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const app = renderPaper('/udskriv/laerer/virksomhed');
    await app.user.click(await screen.findByRole('button', { name: 'Udskriv' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('has no axe violations', async () => {
    const app = renderPaper('/udskriv/laerer/virksomhed');
    await screen.findByRole('heading', { level: 1, name: 'Udskriv kort' });
    await waitFor(() => expect(sheets()).toHaveLength(2));
    expect(await axeViolations(app.container)).toEqual([]);
  });
});
