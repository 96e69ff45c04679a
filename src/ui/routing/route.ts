import { isActorId } from '../../domain/actor';
import type { ActorId } from '../../domain/actor';

/** A deck address's query that opens its card on the back, with the note in view (from Mine noter). */
export const NOTE_SIDE_QUERY = 'note' as const;

/** "alle": every partner of the chosen actor. */
export const ALL_PARTNERS = 'alle' as const;
/** The seed of a shuffled deck in its address: /kort/laerer/virksomhed?bland=k7qm3x. */
export const SHUFFLE_KEY = 'bland';
export type PartnerChoice = ActorId | typeof ALL_PARTNERS;

export type Route =
  | { readonly name: 'start' }
  | { readonly name: 'deck'; readonly from: ActorId; readonly to: PartnerChoice; readonly cardId?: string }
  | { readonly name: 'actor'; readonly id: ActorId }
  | { readonly name: 'notes' }
  | { readonly name: 'about' }
  | { readonly name: 'print'; readonly deck: PrintDeck }
  | { readonly name: 'prep'; readonly briefId?: string }
  | { readonly name: 'sharedBrief' }
  | { readonly name: 'controller'; readonly from: ActorId; readonly to: PartnerChoice; readonly cardId?: string }
  | { readonly name: 'projector' }
  /** A live room across devices: /live (participants), /live/skaerm, /live/styr. Tokens ride in the hash. */
  | { readonly name: 'live'; readonly part?: 'styr' | 'skaerm' }
  | { readonly name: 'search' }
  | { readonly name: 'favourites' }
  /** /egne-kort[/deckId[/cardId]]: deckId "ny" is a new deck, "delt" a shared link's deck; cardId "ret" edits. */
  | { readonly name: 'ownDecks'; readonly deckId?: string; readonly cardId?: string }
  | { readonly name: 'notFound'; readonly path: string };

/** What /udskriv prints: every card, a pair's deck, or chosen cards (a search result, an own deck). */
export type PrintDeck =
  | { readonly kind: 'all' }
  | { readonly kind: 'pair'; readonly from: ActorId; readonly to: PartnerChoice }
  | { readonly kind: 'cards'; readonly cardIds: readonly string[] };

const slug = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** An ordered pair in a path (/kort, /styr, /udskriv): an actor and another actor or "alle". */
function readPair(from: string | undefined, to: string | undefined): { from: ActorId; to: PartnerChoice } | undefined {
  if (!isActorId(from)) return undefined;
  if (to === ALL_PARTNERS || (isActorId(to) && to !== from)) return { from, to };
  return undefined;
}

/** Reads a location path (no query, no hash) into a Route. Paths are Danish, like the app. */
export function parseRoute(path: string): Route {
  const parts = path
    .split('/')
    .filter(Boolean)
    .map((p) => {
      try {
        return decodeURIComponent(p);
      } catch {
        return p;
      }
    });
  const [head, a, b, c, ...rest] = parts;
  const pair = readPair(a, b);
  if (parts.length === 0) return { name: 'start' };
  if (head === 'noter' && parts.length === 1) return { name: 'notes' };
  if (head === 'om' && parts.length === 1) return { name: 'about' };
  if (head === 'soeg' && parts.length === 1) return { name: 'search' };
  if (head === 'mine-kort' && parts.length === 1) return { name: 'favourites' };
  if (head === 'egne-kort' && parts.length < 4 && parts.every((p) => slug.test(p))) {
    return { name: 'ownDecks', ...(a ? { deckId: a } : {}), ...(b ? { cardId: b } : {}) };
  }
  if (head === 'delt' && parts.length === 1) return { name: 'sharedBrief' };
  if (head === 'forberedelse' && parts.length < 3) {
    if (a === undefined) return { name: 'prep' };
    if (slug.test(a)) return { name: 'prep', briefId: a };
  }
  if (head === 'udskriv' && parts.length === 1) return { name: 'print', deck: { kind: 'all' } };
  if (head === 'udskriv' && parts.length === 3) {
    const ids = b?.split(',') ?? [];
    if (a === 'kort' && ids.every((id) => slug.test(id)))
      return { name: 'print', deck: { kind: 'cards', cardIds: ids } };
    if (pair) return { name: 'print', deck: { kind: 'pair', ...pair } };
  }
  if (head === 'aktoer' && parts.length === 2 && isActorId(a)) return { name: 'actor', id: a };
  if (head === 'skaerm' && parts.length === 1) return { name: 'projector' };
  if (head === 'live' && !b && (!a || a === 'styr' || a === 'skaerm'))
    return a ? { name: 'live', part: a as 'styr' | 'skaerm' } : { name: 'live' };
  if ((head === 'styr' || head === 'kort') && rest.length === 0 && pair) {
    const name = head === 'styr' ? 'controller' : 'deck';
    if (c === undefined) return { name, ...pair };
    if (slug.test(c)) return { name, ...pair, cardId: c };
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
    case 'print': {
      const { deck } = route;
      return `/udskriv${deck.kind === 'pair' ? `/${deck.from}/${deck.to}` : deck.kind === 'cards' ? `/kort/${deck.cardIds.join(',')}` : ''}`;
    }
    case 'prep':
      return `/forberedelse${route.briefId ? `/${route.briefId}` : ''}`;
    case 'sharedBrief':
      return '/delt';
    case 'controller':
      return `/styr/${route.from}/${route.to}${route.cardId ? `/${route.cardId}` : ''}`;
    case 'projector':
      return '/skaerm';
    case 'live':
      return `/live${route.part ? `/${route.part}` : ''}`;
    case 'search':
      return '/soeg';
    case 'favourites':
      return '/mine-kort';
    case 'ownDecks':
      return `/egne-kort${route.deckId ? `/${route.deckId}${route.cardId ? `/${route.cardId}` : ''}` : ''}`;
    case 'notFound':
      return route.path;
  }
}
