import type { Actor, ActorId, Lang } from '../../domain/actor';
import type { Edition } from '../../domain/edition';

export type ActorNameVariant = 'label' | 'singular' | 'plural';

export function findActor(edition: Pick<Edition, 'actors'>, id: ActorId): Actor | undefined {
  return edition.actors.find((actor) => actor.id === id);
}

/** An actor's name as the content writes it, or its id if the edition has no such actor. */
export function actorText(
  edition: Pick<Edition, 'actors'>,
  id: ActorId,
  lang: Lang,
  variant: Exclude<ActorNameVariant, 'label'>,
): string {
  return findActor(edition, id)?.[variant][lang] ?? id;
}

/**
 * An actor's name standing on its own (a badge, a table header, "Lærer → Virksomhed"), so its
 * first letter is upper case even when the content writes it for use inside a sentence.
 */
export function actorName(actor: Actor, lang: Lang, variant: ActorNameVariant = 'singular'): string {
  const name = actor[variant][lang];
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}

/** An actor's name inside a sentence ("Kort til lærere"): common nouns start in lower case. */
export function actorWord(actor: Actor, lang: Lang, variant: Exclude<ActorNameVariant, 'label'>): string {
  const name = actor[variant][lang];
  return name === name.toLocaleUpperCase(lang) ? name : name.charAt(0).toLocaleLowerCase(lang) + name.slice(1);
}
