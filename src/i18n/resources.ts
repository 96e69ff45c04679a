import daAbout from './locales/da/about.json';
import daActors from './locales/da/actors.json';
import daCommon from './locales/da/common.json';
import daDeck from './locales/da/deck.json';
import daNotes from './locales/da/notes.json';
import daPwa from './locales/da/pwa.json';
import daStart from './locales/da/start.json';
import enAbout from './locales/en/about.json';
import enActors from './locales/en/actors.json';
import enCommon from './locales/en/common.json';
import enDeck from './locales/en/deck.json';
import enNotes from './locales/en/notes.json';
import enPwa from './locales/en/pwa.json';
import enStart from './locales/en/start.json';

/**
 * UI strings, one JSON file per language and namespace (content texts live in content/).
 * Danish is the source language: its files define the typed keys; English must have the same.
 */
export const resources = {
  da: { common: daCommon, start: daStart, deck: daDeck, notes: daNotes, actors: daActors, about: daAbout, pwa: daPwa },
  en: { common: enCommon, start: enStart, deck: enDeck, notes: enNotes, actors: enActors, about: enAbout, pwa: enPwa },
} as const;

export const NAMESPACES = ['common', 'start', 'deck', 'notes', 'actors', 'about', 'pwa'] as const;
export type Namespace = (typeof NAMESPACES)[number];
