import { StrictMode, startTransition, useEffect, useState } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { loadCards, loadCore } from 'virtual:content-edition';
import { createI18n, readStoredLang, switchLanguage } from '../i18n/create-i18n';
import { loadNamespace } from '../i18n/lazy-namespaces';
import { onLocalDbEvent } from '../storage/local-db';
import type { LocalDbEvent } from '../storage/local-db';
import { openNotesStore } from '../storage/notes-store';
import type { StorageKind } from '../storage/notes-store';
import { createEditionSource } from '../ui/shared/edition-context';
import type { EditionSource } from '../ui/shared/edition-context';
import { parseRoute } from '../ui/routing/route';
import { afterNextPaint, whenPageSettled } from '../ui/shared/use-page-settled';
import { App, deckScreen } from './app';
import '../ui/shell/theme.css';

/*
 * The page's HTML already shows its first screen (prerendered at build time, scripts/prerender-plugin.ts);
 * React hydrates it. Before that first render: the edition's core, and on a deep link to a deck the
 * deck's chunk and the cards, so the first client render draws what the HTML shows. A returning
 * English user (or a page prerendered for another path) gets a fresh render instead, with the
 * English strings loaded first (all precached). The cards load beside the first screen otherwise.
 * No top-level await: those chunks import this one, and awaiting them while this module is still
 * evaluating would deadlock.
 */
const html = document.documentElement;
const isDeckLink = window.location.pathname.startsWith('/kort/');
// A deck link needs the cards for its first render; any other screen asks for them once it has
// painted: a large edition's cards would otherwise be parsed in the middle of the first render.
let wantCards: () => void = () => {};
const cardsWanted = new Promise<void>((resolve) => (wantCards = resolve));
const cards = cardsWanted.then(loadCards);
if (isDeckLink) wantCards();
const edition = loadCore().then((core) => createEditionSource(core, cards, loadCards));
const i18n = createI18n();
const storedLang = readStoredLang();
const ready = Promise.all([
  edition,
  isDeckLink ? deckScreen.preload() : undefined,
  isDeckLink ? cards : undefined,
  // The cards' and notes' strings come beside the entry, not in it (the HTML already shows the
  // page), in the user's language: after a switch, so that they load in it.
  (storedLang !== i18n.language ? switchLanguage(i18n, storedLang) : Promise.resolve()).then(() =>
    Promise.all([loadNamespace(i18n, 'deck'), loadNamespace(i18n, 'notes')]),
  ),
]);
// Usable at once: the first screen never waits for IndexedDB.
const notes = openNotesStore();

/**
 * The first screen is committed (hydrated, or drawn afresh): index.html's inline script shows it,
 * does the taps on its buttons that came before the app listened, and marks the page interactive.
 */
const shown = (): void => (window as { samarbejdskortShown?: () => void }).samarbejdskortShown?.();

function Root({ edition }: { readonly edition: EditionSource }) {
  const [storageKind, setStorageKind] = useState<StorageKind | 'opening'>('opening');
  const [dbEvent, setDbEvent] = useState<LocalDbEvent | undefined>();
  useEffect(() => {
    // The first screen is committed: the cards may come once it has painted (a hidden tab, where
    // frames wait, gets them a moment later anyway).
    void afterNextPaint().then(wantCards);
    // Not urgent (the notice it may show is not the first paint): rendered in slices.
    let mounted = true;
    void notes.persistent.then((kind) => mounted && startTransition(() => setStorageKind(kind)));
    // An event from before this render (a blocked open on start) is told at once.
    const stopListening = onLocalDbEvent(setDbEvent);
    return () => {
      mounted = false;
      stopListening();
    };
  }, []);
  return (
    <App
      edition={edition}
      i18n={i18n}
      notesStore={notes.store}
      storageKind={storageKind}
      dbEvent={dbEvent}
      onShown={shown}
    />
  );
}

/** The prerendered markup is this page's own, in the language the client draws: hydrate it. */
function canHydrate(): boolean {
  // Set before paint by index.html's inline script when the HTML cannot be hydrated as it is
  // (another language, a shuffled deck, another path): hidden until the client has drawn the page.
  if (html.classList.contains('render-fresh')) return false;
  const prerendered = html.dataset.prerendered;
  // No prerendered page at all (a build without pages, e.g. the bench's synthetic editions).
  if (prerendered === undefined) return false;
  // 404.html stands for every unknown path, and only for those.
  return prerendered !== '*' || parseRoute(window.location.pathname).name === 'notFound';
}

function render(source: EditionSource): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root');
  const app = (
    <StrictMode>
      <Root edition={source} />
    </StrictMode>
  );
  // Taps from here on reach React itself (it replays those on parts not hydrated yet).
  html.dataset.listening = '';
  if (canHydrate()) {
    startTransition(() => void hydrateRoot(container, app));
    return;
  }
  const root = createRoot(container);
  startTransition(() => root.render(app));
}

// A chunk that fails to load must not leave a blank page: render anyway. The screen's error
// boundary then says so and offers "Prøv igen" (a new load) and a reload (src/ui/shared). Without
// the edition's core nothing can be drawn: the prerendered page stays, shown.
void ready.then(
  () => edition.then(render),
  () => edition.then(render, shown),
);

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
