import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { edition } from 'virtual:content-edition';
import { createI18n, readStoredLang, switchLanguage } from '../i18n/create-i18n';
import { openNotesStore } from '../storage/open-notes-store';
import type { NotesDbEvent } from '../storage/open-notes-db';
import type { StorageKind } from '../storage/open-notes-store';
import { App, deckScreen } from './app';
import { deferNotesStore } from './deferred-notes-store';
import '../ui/shell/theme.css';

// A deep link to a deck: fetch its chunk at once, in parallel with everything below.
const deckReady = window.location.pathname.startsWith('/kort/') ? deckScreen.preload() : undefined;
const i18n = createI18n();
const storedLang = readStoredLang();
// Only a returning English user waits, for one precached chunk, before the first paint.
if (storedLang !== i18n.language) await switchLanguage(i18n, storedLang);
let reportDbEvent: (event: NotesDbEvent) => void = () => {};
const opening = openNotesStore({ onEvent: (event) => reportDbEvent(event) });
const notesStore = deferNotesStore(opening.then((opened) => opened.store));

function Root() {
  const [storageKind, setStorageKind] = useState<StorageKind | 'opening'>('opening');
  const [dbEvent, setDbEvent] = useState<NotesDbEvent | undefined>();
  useEffect(() => {
    reportDbEvent = setDbEvent;
    void opening.then((opened) => setStorageKind(opened.persistent));
  }, []);
  return <App edition={edition} i18n={i18n} notesStore={notesStore} storageKind={storageKind} dbEvent={dbEvent} />;
}

await deckReady;
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
createRoot(container).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
