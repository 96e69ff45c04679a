import { createContext, useContext } from 'react';
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
  /** The whole edition; suspends (throws the loading promise) until the cards have arrived. */
  read(): Edition;
  /** The whole edition if the cards have arrived, else undefined; never suspends. */
  peek(): Edition | undefined;
}

export function createEditionSource(
  core: EditionCore,
  cards: readonly Card[] | Promise<readonly Card[]>,
  /** Reads the cards again after a failure, on the error boundary's "Prøv igen". */
  reload?: () => Promise<readonly Card[]>,
): EditionSource {
  let edition: Edition | undefined;
  let failure: unknown;
  let loading: Promise<void> | undefined;
  const arrive = (coming: Promise<readonly Card[]>): Promise<void> =>
    coming.then(
      (arrived) => {
        edition = joinEdition(core, arrived);
        // With the cards' arrival (off any tap's path), not when a list first asks for a card by
        // id or a deck is first opened: the lookups are built once per edition.
        cardsById(edition);
        indexDecks(edition);
      },
      (error: unknown) => {
        failure = error;
        if (reload) {
          forgetOnRetry(() => {
            failure = undefined;
            loading = arrive(reload());
          });
        }
      },
    );
  if (cards instanceof Promise) loading = arrive(cards);
  else edition = joinEdition(core, cards);
  return {
    core,
    read() {
      if (edition) return edition;
      if (failure !== undefined) throw failure instanceof Error ? failure : new Error(String(failure));
      // Suspense waits for this promise and renders again once the cards are in.
      throw loading;
    },
    peek: () => edition,
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
  return useEditionSource().read();
}
