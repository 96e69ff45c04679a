import { StrictMode, startTransition, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { editionCore, loadCards } from 'virtual:content-edition';
import { createI18n, readStoredLang, switchLanguage } from '../i18n/create-i18n';
import { loadNamespace } from '../i18n/lazy-namespaces';
import { onLocalDbEvent } from '../storage/local-db';
import type { LocalDbEvent } from '../storage/local-db';
import { openNotesStore } from '../storage/notes-store';
import type { StorageKind } from '../storage/notes-store';
import { createEditionSource } from '../ui/shared/edition-context';
import { afterNextPaint, whenPageSettled } from '../ui/shared/use-page-settled';
import { App, deckScreen } from './app';
import '../ui/shell/theme.css';

/*
 * The cards load beside the first screen (the start page needs only the edition's core). Before
 * the first render: a deep link to a deck waits for the deck's chunk and the cards, and a returning
 * English user for the English strings (all precached). No top-level await: those chunks import
 * this one, and awaiting them while this module is still evaluating would deadlock.
 */
const isDeckLink = window.location.pathname.startsWith('/kort/');
// A deck link needs the cards for its first render; any other screen asks for them once it has
// painted: a large edition's cards would otherwise be parsed in the middle of the first render.
let wantCards: () => void = () => {};
const cardsWanted = new Promise<void>((resolve) => (wantCards = resolve));
const cards = cardsWanted.then(loadCards);
if (isDeckLink) wantCards();
const edition = createEditionSource(editionCore, cards, loadCards);
const i18n = createI18n();
const storedLang = readStoredLang();
const ready = Promise.all([
  isDeckLink ? deckScreen.preload() : undefined,
  isDeckLink ? cards : undefined,
  storedLang !== i18n.language ? switchLanguage(i18n, storedLang) : undefined,
]);
// Usable at once: the first screen never waits for IndexedDB.
const notes = openNotesStore();

function Root() {
  const [storageKind, setStorageKind] = useState<StorageKind | 'opening'>('opening');
  const [dbEvent, setDbEvent] = useState<LocalDbEvent | undefined>();
  useEffect(() => {
    // The first screen is committed: the cards may come once it has painted (a hidden tab, where
    // frames wait, gets them a moment later anyway).
    void afterNextPaint().then(wantCards);
    // Not urgent (the notice it may show is not the first paint): rendered in slices.
    void notes.persistent.then((kind) => startTransition(() => setStorageKind(kind)));
    // An event from before this render (a blocked open on start) is told at once.
    return onLocalDbEvent(setDbEvent);
  }, []);
  return <App edition={edition} i18n={i18n} notesStore={notes.store} storageKind={storageKind} dbEvent={dbEvent} />;
}

function render(): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root');
  const root = createRoot(container);
  startTransition(() => {
    root.render(
      <StrictMode>
        <Root />
      </StrictMode>,
    );
  });
}

// A chunk that fails to load must not leave a blank page: render anyway. The screen's error
// boundary then says so and offers "Prøv igen" (a new load) and a reload (src/ui/shared).
void ready.then(render, render);

// Once the first screen is up and the tablet is idle, the deck (the screen a tap on "Vis kortene"
// opens) gets ready from the precache with its tools and their strings, so opening it costs a
// render, not a download, a compile and a new stylesheet.
void whenPageSettled()
  .then(() => deckScreen.preload())
  .then(() => import('../ui/deck/deck-page'))
  .then((deck) => deck.preloadDeckTools())
  .then(() => loadNamespace(i18n, 'shelf'))
  // Only a head start: if it fails (the page is being left, a chunk is gone after an update), the
  // tap loads the same things on demand, behind the screen's error boundary. Nothing to report.
  .catch(() => {});
