/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/react" />

declare module 'virtual:content-edition' {
  // An ambient module cannot have a top-level import; an import() type is the only way here.
  /** The edition's core (about, actors, profiles, blocks, deck sizes), fetched once like the cards. */
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  export function loadCore(): Promise<import('./domain/edition').EditionCore>;
  /** The cards, fetched once (from the precache when installed); later calls share the promise. */
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  export function loadCards(): Promise<readonly import('./domain/card').Card[]>;
}
