import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { edition } from 'virtual:content-edition';
import { createI18n } from '../i18n/create-i18n';
import { openNotesStore } from '../storage/open-notes-store';
import type { StorageKind } from '../storage/open-notes-store';
import { App } from './app';
import { deferNotesStore } from './deferred-notes-store';
import '../ui/shell/theme.css';

const i18n = createI18n();
const opening = openNotesStore();
const notesStore = deferNotesStore(opening.then((opened) => opened.store));

function Root() {
  const [storageKind, setStorageKind] = useState<StorageKind | 'opening'>('opening');
  useEffect(() => {
    void opening.then((opened) => setStorageKind(opened.persistent));
  }, []);
  return <App edition={edition} i18n={i18n} notesStore={notesStore} storageKind={storageKind} />;
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
createRoot(container).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
