/** In /egne-kort/<deckId>: a new deck, and a deck that came in a link (its cards are in the query). */
export const NEW_DECK = 'ny';
export const SHARED_DECK = 'delt';
/** In /egne-kort/<deckId>/<cardId>: change the deck instead of playing it. */
export const EDIT_DECK = 'ret';
