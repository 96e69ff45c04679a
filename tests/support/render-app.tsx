import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { edition, editionSourceFor } from './published-edition';
import { App, deckScreen } from '../../src/app/app';
import type { Lang } from '../../src/domain/actor';
import type { Edition } from '../../src/domain/edition';
import { createTestI18n } from './create-test-i18n';
import { createMemoryNotesStore } from '../../src/storage/notes-store';
import type { NotesStore } from '../../src/storage/notes-store';

interface RenderAppOptions {
  readonly lang?: Lang;
  readonly store?: NotesStore;
  readonly content?: Edition;
  /** Cards still on their way (as on a real start): the app gets the core at once, these later. */
  readonly cards?: Promise<Edition['cards']>;
}

/**
 * The whole app at a URL, with the real edition and an in-memory notes store by default. Lazy
 * screens are loaded (as main.tsx preloads a deep link) and settled before it returns.
 */
export async function renderApp(
  path = '/',
  { lang = 'da', store = createMemoryNotesStore(), content = edition, cards }: RenderAppOptions = {},
) {
  window.history.replaceState(null, '', path);
  const i18n = createTestI18n(lang);
  const user = userEvent.setup();
  await deckScreen.preload();
  await import('../../src/ui/shared/note-field');
  const utils = await act(async () =>
    render(<App edition={editionSourceFor(content, cards)} i18n={i18n} notesStore={store} storageKind="idb" />),
  );
  return { user, store, i18n, edition: content, ...utils };
}
