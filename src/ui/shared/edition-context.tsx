import { createContext, use, useContext } from 'react';
import type { Card } from '../../domain/card';
import type { Edition, EditionCore } from '../../domain/edition';
import { cardsById } from '../../domain/cards-by-id';
import { indexDecks } from '../../domain/deck-of';
import { joinEdition } from '../../domain/split-edition';
import { forgetOnRetry } from './retry-failed';

/**
 * The content edition as the app receives it: the core at once, the cards when they have arrived
 * (at once too where they are at hand, as in tests).
 */
export interface EditionSource {
  readonly core: EditionCore;
  /** The whole edition, once the cards have arrived (a new promise after "Prøv igen" on a failure). */
  readonly edition: Promise<Edition>;
  /** The whole edition if the cards have arrived, else undefined; never suspends. */
  peek(): Edition | undefined;
}

export function createEditionSource(
  core: EditionCore,
  cards: readonly Card[] | Promise<readonly Card[]>,
  /** Reads the cards again after a failure, on the error boundary's "Prøv igen". */
  reload?: () => Promise<readonly Card[]>,
): EditionSource {
  if (!(cards instanceof Promise)) {
    const whole = joinEdition(core, cards);
    return { core, edition: Promise.resolve(whole), peek: () => whole };
  }
  let arrived: Edition | undefined;
  const arrive = (coming: Promise<readonly Card[]>): Promise<Edition> => {
    const edition = coming.then(
      (loaded) => {
        arrived = joinEdition(core, loaded);
        // With the cards' arrival (off any tap's path), not when a list first asks for a card by
        // id or a deck is first opened: the lookups are built once per edition.
        cardsById(arrived);
        indexDecks(arrived);
        return arrived;
      },
      (error: unknown) => {
        if (reload) forgetOnRetry(() => (current = arrive(reload())));
        throw error instanceof Error ? error : new Error(String(error));
      },
    );
    // Reported by the screen that needs the cards (useEdition throws it), not as an unhandled rejection.
    edition.catch(() => {});
    return edition;
  };
  let current = arrive(cards);
  return {
    core,
    get edition() {
      return current;
    },
    peek: () => arrived,
  };
}

export const EditionContext = createContext<EditionSource | null>(null);

function useEditionSource(): EditionSource {
  const source = useContext(EditionContext);
  if (!source) throw new Error('The edition hooks need an EditionContext provider (src/app).');
  return source;
}

/** What the first screen needs (actors, about, profiles, blocks, deck sizes): never waits. */
export function useEditionCore(): EditionCore {
  return useEditionSource().core;
}

/** The whole content edition, cards included; a screen that needs it waits in Suspense until they arrive. */
export function useEdition(): Edition {
  const source = useEditionSource();
  // Once the cards are in, no render waits again, not even a first one.
  return source.peek() ?? use(source.edition);
}
