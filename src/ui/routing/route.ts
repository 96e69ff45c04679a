import { isActorId } from '../../domain/actor';
import type { ActorId } from '../../domain/actor';

/** "alle": every partner of the chosen actor. */
export const ALL_PARTNERS = 'alle' as const;
export type PartnerChoice = ActorId | typeof ALL_PARTNERS;

export type Route =
  | { readonly name: 'start' }
  | { readonly name: 'deck'; readonly from: ActorId; readonly to: PartnerChoice; readonly cardId?: string }
  | { readonly name: 'actor'; readonly id: ActorId }
  | { readonly name: 'notes' }
  | { readonly name: 'about' }
  | { readonly name: 'notFound'; readonly path: string };

const slug = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Reads a location path (no query, no hash) into a Route. Paths are Danish, like the app. */
export function parseRoute(path: string): Route {
  const parts = path.split('/').filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  const [head, a, b, c, ...rest] = parts;
  if (parts.length === 0) return { name: 'start' };
  if (head === 'noter' && parts.length === 1) return { name: 'notes' };
  if (head === 'om' && parts.length === 1) return { name: 'about' };
  if (head === 'aktoer' && parts.length === 2 && isActorId(a)) return { name: 'actor', id: a };
  if (head === 'kort' && rest.length === 0 && isActorId(a) && (b === ALL_PARTNERS || (isActorId(b) && b !== a))) {
    if (c === undefined) return { name: 'deck', from: a, to: b };
    if (slug.test(c)) return { name: 'deck', from: a, to: b, cardId: c };
  }
  return { name: 'notFound', path };
}

export function formatRoute(route: Route): string {
  switch (route.name) {
    case 'start':
      return '/';
    case 'notes':
      return '/noter';
    case 'about':
      return '/om';
    case 'actor':
      return `/aktoer/${route.id}`;
    case 'deck':
      return `/kort/${route.from}/${route.to}${route.cardId ? `/${route.cardId}` : ''}`;
    case 'notFound':
      return route.path;
  }
}
