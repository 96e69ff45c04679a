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
  ];

  it.each(routes)('round-trips %o through its URL', (route) => {
    expect(parseRoute(formatRoute(route))).toEqual(route);
  });

  it('uses readable Danish paths', () => {
    expect(formatRoute({ name: 'deck', from: 'laerer', to: 'virksomhed', cardId: 'x' })).toBe('/kort/laerer/virksomhed/x');
    expect(parseRoute('/kort/laerer/virksomhed/')).toEqual({ name: 'deck', from: 'laerer', to: 'virksomhed' });
  });

  it.each(['/kort/laerer/laerer', '/kort/rektor/virksomhed', '/kort/laerer', '/aktoer/rektor', '/noter/x', '/kort/laerer/virksomhed/Ugyldig Id', '/%E0%A4%A'])(
    'treats %s as not found',
    (path) => {
      expect(parseRoute(path)).toEqual({ name: 'notFound', path });
    },
  );
});
