/** Where the cards file lands in the build: named by its content, so a browser may cache it forever. */
export function cardsFileName(hash: string): string {
  return `assets/cards-${hash}.json`;
}

/** Matches cardsFileName's names (for the deep-link preload and the bench). */
export const CARDS_FILE_PATTERN = /^assets\/cards-[0-9a-f]{10}\.json$/;
