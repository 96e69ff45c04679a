/** Where the cards file lands in the build: named by its content, so a browser may cache it forever. */
export function cardsFileName(hash: string): string {
  return `assets/cards-${hash}.json`;
}

/** Matches cardsFileName's names (for the deep-link preload and the bench). */
export const CARDS_FILE_PATTERN = /^assets\/cards-[0-9a-f]{10}\.json$/;

/** Where the edition's core lands in the build: named by its content too. */
export function coreFileName(hash: string): string {
  return `assets/core-${hash}.json`;
}

/** Matches coreFileName's names (for the entry's preload and the bench). */
export const CORE_FILE_PATTERN = /^assets\/core-[0-9a-f]{10}\.json$/;
