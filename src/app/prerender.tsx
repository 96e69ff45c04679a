import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { loadCards, loadCore } from 'virtual:content-edition';
import { ACTOR_IDS } from '../domain/actor';
import { createI18n } from '../i18n/create-i18n';
import { loadNamespace } from '../i18n/lazy-namespaces';
import { createMemoryNotesStore } from '../storage/notes-store';
import { createEditionSource } from '../ui/shared/edition-context';
import { ALL_PARTNERS, formatRoute } from '../ui/routing/route';
import { setServerPath } from '../ui/routing/use-route';
import { App } from './app';

/*
 * Build time only (scripts/prerender-plugin.ts loads this through Vite's SSR): the first screen of
 * each page drawn in Danish, as the browser's first render draws it (no notes, storage still
 * opening), so the client hydrates it without a difference.
 */

/** Stands for every path the app does not know (404.html). */
export const NOT_FOUND_PATH = '/ikke-fundet';

/** Every page that ships as HTML: the start page, each pair's deck, each card's own address, not found. */
export async function prerenderedPaths(): Promise<string[]> {
  const cards = await loadCards();
  const pairs = ACTOR_IDS.flatMap((from) =>
    [...ACTOR_IDS.filter((to) => to !== from), ALL_PARTNERS].map((to) => ({ from, to })),
  );
  return [
    '/',
    ...pairs.map(({ from, to }) => formatRoute({ name: 'deck', from, to })),
    ...cards
      .filter((card) => card.status === 'active')
      .map((card) => formatRoute({ name: 'deck', from: card.from, to: card.to, cardId: card.id })),
    NOT_FOUND_PATH,
  ];
}

/** The markup of #root for a path, with every lazy screen on it loaded (prerender waits for them). */
export async function renderPage(path: string): Promise<string> {
  setServerPath(path);
  const edition = createEditionSource(await loadCore(), await loadCards());
  // The deck's and notes' strings, which main.tsx loads before the client's first render too.
  const i18n = createI18n();
  await Promise.all([loadNamespace(i18n, 'deck'), loadNamespace(i18n, 'notes')]);
  const errors: unknown[] = [];
  const { prelude } = await prerender(
    <StrictMode>
      <App edition={edition} i18n={i18n} notesStore={createMemoryNotesStore()} storageKind="opening" />
    </StrictMode>,
    { onError: (error) => void errors.push(error) },
  );
  // A page that fell back to client rendering would flash: the build fails instead.
  if (errors.length > 0) throw new Error(`prerendering ${path} failed: ${String(errors[0])}`);
  return new Response(prelude).text();
}
