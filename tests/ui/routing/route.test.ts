import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute } from '../../../src/ui/routing/route';
import type { Route } from '../../../src/ui/routing/route';

describe('routes', () => {
  const routes: Route[] = [
    { name: 'start' },
    { name: 'notes' },
    { name: 'about' },
    { name: 'actor', id: 'kommune' },
    { name: 'deck', from: 'laerer', to: 'virksomhed' },
    { name: 'deck', from: 'laerer', to: 'alle' },
    { name: 'deck', from: 'virksomhed', to: 'laerer', cardId: 'virksomhed-laerer-vis-relevans' },
    { name: 'search' },
    { name: 'favourites' },
    { name: 'ownDecks' },
    { name: 'ownDecks', deckId: 'ny' },
    { name: 'ownDecks', deckId: 'deck-lq3k-7f2a', cardId: 'virksomhed-laerer-vis-relevans' },
    { name: 'controller', from: 'laerer', to: 'virksomhed' },
    { name: 'controller', from: 'kommune', to: 'alle', cardId: 'kommune-elev-inddrag-foer-under-efter' },
    { name: 'projector' },
    { name: 'print', deck: { kind: 'all' } },
    { name: 'print', deck: { kind: 'pair', from: 'laerer', to: 'virksomhed' } },
    { name: 'print', deck: { kind: 'pair', from: 'kommune', to: 'alle' } },
    {
      name: 'print',
      deck: { kind: 'cards', cardIds: ['virksomhed-laerer-vis-relevans', 'elev-virksomhed-deltag-aktivt'] },
    },
    { name: 'prep' },
    { name: 'prep', briefId: '0123456789abcdef' },
    { name: 'sharedBrief' },
    { name: 'live' },
    { name: 'live', part: 'styr' },
    { name: 'live', part: 'skaerm' },
  ];

  it.each(routes)('round-trips %o through its URL', (route) => {
    expect(parseRoute(formatRoute(route))).toEqual(route);
  });

  it('uses readable Danish paths', () => {
    expect(formatRoute({ name: 'deck', from: 'laerer', to: 'virksomhed', cardId: 'x' })).toBe(
      '/kort/laerer/virksomhed/x',
    );
    expect(parseRoute('/kort/laerer/virksomhed/')).toEqual({ name: 'deck', from: 'laerer', to: 'virksomhed' });
  });

  it('searches and keeps own cards under Danish paths', () => {
    expect(formatRoute({ name: 'search' })).toBe('/soeg');
    expect(formatRoute({ name: 'favourites' })).toBe('/mine-kort');
    expect(formatRoute({ name: 'ownDecks', deckId: 'deck-1', cardId: 'ret' })).toBe('/egne-kort/deck-1/ret');
    // The query (a search, a shared deck) is not part of the route: the screens read it themselves.
    expect(parseRoute('/soeg')).toEqual({ name: 'search' });
  });

  it.each(['/soeg/x', '/mine-kort/x', '/egne-kort/a/b/c', '/egne-kort/Ugyldig'])(
    'treats %s as not found (search, own cards)',
    (path) => {
      expect(parseRoute(path)).toEqual({ name: 'notFound', path });
    },
  );

  it('prints and prepares under Danish paths', () => {
    expect(formatRoute({ name: 'print', deck: { kind: 'pair', from: 'laerer', to: 'virksomhed' } })).toBe(
      '/udskriv/laerer/virksomhed',
    );
    expect(formatRoute({ name: 'print', deck: { kind: 'cards', cardIds: ['a-b', 'c'] } })).toBe('/udskriv/kort/a-b,c');
    expect(formatRoute({ name: 'prep', briefId: 'abc1' })).toBe('/forberedelse/abc1');
    expect(formatRoute({ name: 'sharedBrief' })).toBe('/delt');
  });

  it.each([
    '/udskriv/laerer/laerer',
    '/udskriv/kort/a,B',
    '/udskriv/kort/a,,b',
    '/udskriv/laerer',
    '/forberedelse/Ugyldig',
    '/forberedelse/a/b',
    '/delt/x',
  ])('treats %s as not found (print and preparation)', (path) => {
    expect(parseRoute(path)).toEqual({ name: 'notFound', path });
  });

  it.each([
    '/kort/laerer/laerer',
    '/kort/rektor/virksomhed',
    '/kort/laerer',
    '/aktoer/rektor',
    '/noter/x',
    '/kort/laerer/virksomhed/Ugyldig Id',
    '/styr/laerer/laerer',
    '/styr/laerer',
    '/skaerm/x',
    '/%E0%A4%A',
    '/live/x',
    '/live/styr/laerer',
  ])('treats %s as not found', (path) => {
    expect(parseRoute(path)).toEqual({ name: 'notFound', path });
  });
});
