import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackup, serializeBackup } from '../../../src/domain/backup-format';
import type { BackupNote } from '../../../src/domain/backup-format';
import { createIdbBackupMeta } from '../../../src/storage/backup-storage';
import { createIdbNotesStore, createMemoryNotesStore } from '../../../src/storage/notes-store';
import type { IdbNotesStore, Note, NotesStore } from '../../../src/storage/notes-store';
import { NoteField } from '../../../src/ui/shared/note-field';
import { NotesPage } from '../../../src/ui/notes/notes-page';
import { axeViolations } from '../../support/axe-violations';
import { buildCard } from '../../support/build-card';
import { buildUiEdition } from '../../support/build-ui-edition';
import { renderWithProviders } from '../../support/render-with-providers';
import { captureDownloads } from './capture-downloads';
import type { Download } from './capture-downloads';

const aftal = buildCard({
  id: 'aftal',
  from: 'laerer',
  to: 'virksomhed',
  title: { da: 'Aftal forventninger', en: 'Agree' },
});
const spoerg = buildCard({ id: 'spoerg', from: 'virksomhed', to: 'laerer', title: { da: 'Spørg læreren', en: 'Ask' } });
const edition = buildUiEdition({ version: '2.0.0', cards: [aftal, spoerg] });

function note(cardId: string, text: string, updatedAt = 1000): Note {
  return { cardId, text, updatedAt, editionVersion: '2.0.0' };
}

const opened: IdbNotesStore[] = [];
function idbStore(): IdbNotesStore {
  const store = createIdbNotesStore();
  opened.push(store);
  return store;
}

let downloads: Download[];
beforeEach(() => {
  downloads = captureDownloads();
});
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

function backupFile(notes: readonly BackupNote[], name = 'kopi.json'): File {
  const text = serializeBackup(
    createBackup({ notes, favourites: [], decks: [], briefs: [] }, '2.0.0', new Date('2026-03-01T12:00:00Z')),
  );
  return new File([text], name, { type: 'application/json' });
}

async function openImport(user: ReturnType<typeof renderWithProviders>['user']) {
  await user.click(screen.getByRole('button', { name: /hent en sikkerhedskopi ind/i }));
  return screen.findByLabelText(/vælg filen med sikkerhedskopien/i);
}

const texts = async (store: NotesStore): Promise<string[]> => (await store.list()).map((n) => n.text).sort();

describe('saving a backup', () => {
  it('saves every note as a versioned JSON file with the edition, and remembers when', async () => {
    const store = idbStore();
    await store.put(note('aftal', 'Ring til Mette'));
    await store.put(note('fjernet-kort', 'Forældreløs'));
    const { user } = renderWithProviders(<NotesPage />, { store, edition });
    await user.click(screen.getByRole('button', { name: 'Gem sikkerhedskopi (fil)' }));

    await waitFor(() => expect(downloads).toHaveLength(1));
    const [file] = downloads;
    expect(file!.name).toMatch(/^samarbejdskort-sikkerhedskopi-\d{4}-\d{2}-\d{2}\.json$/);
    expect(file!.type).toBe('application/json');
    const backup = JSON.parse(await file!.text());
    expect(backup).toMatchObject({
      format: 'samarbejdskort-backup',
      version: 1,
      edition: { version: '2.0.0' },
      favourites: [],
      decks: [],
      briefs: [],
    });
    expect(backup.notes.map((n: Note) => [n.cardId, n.text, n.updatedAt]).sort()).toEqual([
      ['aftal', 'Ring til Mette', 1000],
      ['fjernet-kort', 'Forældreløs', 1000],
    ]);
    expect(await screen.findByText(/sikkerhedskopien er gemt som samarbejdskort-sikkerhedskopi/i)).toBeInTheDocument();
    expect((await createIdbBackupMeta().read()).lastBackupAt).toBeGreaterThan(0);
  });

  it('saves the notes as Markdown to read and print, grouped by actor pair', async () => {
    const store = createMemoryNotesStore([note('aftal', 'Ring til Mette'), note('spoerg', 'Om praktik')]);
    const { user } = renderWithProviders(<NotesPage />, { store, edition, storageKind: 'memory' });
    await user.click(screen.getByRole('button', { name: /gem noterne som tekst/i }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.name).toMatch(/\.md$/);
    const md = await downloads[0]!.text();
    expect(md).toContain('## Lærer → Virksomhed');
    expect(md).toContain('### Aftal forventninger');
    expect(md).toContain('Ring til Mette');
    expect(md.indexOf('## Lærer → Virksomhed')).toBeLessThan(md.indexOf('## Virksomhed → Lærer'));
  });

  it('includes text that could not be written (the disk is full), so a backup is the way out', async () => {
    const memory = createMemoryNotesStore();
    const full: NotesStore = { ...memory, put: () => Promise.reject(new DOMException('full', 'QuotaExceededError')) };
    const { user } = renderWithProviders(
      <>
        <NoteField cardId="aftal" />
        <NotesPage />
      </>,
      { store: full, edition, saveDelayMs: 10 },
    );
    await user.type(screen.getByRole('textbox', { name: /din note/i }), 'Vigtig tanke');
    expect(await screen.findByText(/ikke er mere plads/i)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Gem sikkerhedskopi (fil)' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const backup = JSON.parse(await downloads[0]!.text());
    expect(backup.notes).toEqual([
      expect.objectContaining({ cardId: 'aftal', text: 'Vigtig tanke', editionVersion: '2.0.0' }),
    ]);
    // And the text is still in the field.
    expect(screen.getByRole('textbox', { name: /din note/i })).toHaveValue('Vigtig tanke');
  });
});

describe('bringing back a backup', () => {
  it('shows a preview first (new, changed, in conflict, not in this edition) and changes nothing until confirmed', async () => {
    const store = idbStore();
    await store.put(note('aftal', 'Her: nyere', 5000));
    await store.put(note('spoerg', 'Her: ældre', 1000));
    const { user } = renderWithProviders(<NotesPage />, { store, edition });
    await user.upload(
      await openImport(user),
      backupFile([
        note('aftal', 'Kopi: ældre', 2000),
        note('spoerg', 'Kopi: nyere', 3000),
        note('ny', 'Ny note'),
        note('fjernet', 'Forældreløs'),
      ]),
    );

    const preview = await screen.findByText(/det sker, hvis du henter kopien ind nu/i);
    const list = within(preview.parentElement!).getByRole('list');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      '2 nye noter',
      '1 note bliver opdateret med kopiens nyere tekst',
      '1 note i konflikt (ændret her efter kopien blev lavet): begge tekster beholdes',
      '2 noter er til kort, der ikke er i denne udgave. De gemmes alligevel.',
    ]);
    expect(screen.getByText(/sikkerhedskopi fra 1\. marts 2026/i)).toBeInTheDocument();
    expect(await texts(store)).toEqual(['Her: nyere', 'Her: ældre']);

    await user.click(screen.getByRole('button', { name: 'Hent kopien ind' }));
    expect(await screen.findByText('Sikkerhedskopien er hentet ind.')).toBeInTheDocument();
    expect(await texts(store)).toEqual([
      'Forældreløs',
      'Her: nyere\n\n--- Fra sikkerhedskopien ---\nKopi: ældre',
      'Kopi: nyere',
      'Ny note',
    ]);
    // The list follows.
    await waitFor(() => expect(screen.getByText('4 noter')).toBeInTheDocument());
  });

  it('replaces everything when asked, says what will be deleted, and offers a backup of what is here first', async () => {
    const store = idbStore();
    await store.put(note('aftal', 'Kun her'));
    const { user } = renderWithProviders(<NotesPage />, { store, edition });
    await user.upload(await openImport(user), backupFile([note('spoerg', 'Fra kopien')]));
    await user.click(await screen.findByRole('radio', { name: /erstat/i }));
    expect(await screen.findByText('1 note her, som ikke er i kopien, bliver slettet')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /gem en sikkerhedskopi af det, der er her nu, først/i }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(JSON.parse(await downloads[0]!.text()).notes[0].text).toBe('Kun her');

    await user.click(screen.getByRole('button', { name: 'Hent kopien ind' }));
    await screen.findByText('Sikkerhedskopien er hentet ind.');
    expect(await texts(store)).toEqual(['Fra kopien']);
  });

  it('is all or nothing: when a write fails halfway, nothing changes and the user is told', async () => {
    const store = idbStore();
    await store.put(note('aftal', 'Urørt'));
    const { user } = renderWithProviders(<NotesPage />, { store, edition });
    await user.upload(await openImport(user), backupFile([note('a1', 'en'), note('a2', 'to'), note('a3', 'tre')]));
    await screen.findByText('3 nye noter');

    // The disk fills up at the second note: the browser aborts the transaction.
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      calls += 1;
      if (calls === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    await user.click(screen.getByRole('button', { name: 'Hent kopien ind' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Der er ikke plads nok på enheden til sikkerhedskopien. Intet er ændret.',
    );
    spy.mockRestore();
    expect(await texts(store)).toEqual(['Urørt']);

    // Once there is room, the same import goes through.
    await user.click(screen.getByRole('button', { name: 'Hent kopien ind' }));
    await screen.findByText('Sikkerhedskopien er hentet ind.');
    expect(await texts(store)).toEqual(['Urørt', 'en', 'to', 'tre']);
  });

  it.each([
    ['not JSON', new File(['{"format":'], 'x.json'), /det er ikke JSON/i],
    [
      'another app’s JSON',
      new File([JSON.stringify({ notes: [] })], 'x.json'),
      /ikke en sikkerhedskopi fra Samarbejdskort/i,
    ],
    [
      'a version from the future',
      new File([JSON.stringify({ format: 'samarbejdskort-backup', version: 7 })], 'x.json'),
      /nyere udgave af appen/i,
    ],
    [
      'a damaged note',
      new File(
        [
          JSON.stringify({
            format: 'samarbejdskort-backup',
            version: 1,
            exportedAt: '2026-01-01T00:00:00Z',
            edition: { version: '1' },
            notes: [{ cardId: 'a' }],
          }),
        ],
        'x.json',
      ),
      /beskadiget eller ændret \(notes\[0\]\.text\)/i,
    ],
    [
      'a __proto__ key',
      new File(
        [
          serializeBackup(createBackup({ notes: [], favourites: [], decks: [], briefs: [] }, '1', new Date())).replace(
            '{',
            '{"__proto__":{"x":1},',
          ),
        ],
        'x.json',
      ),
      /felter, som en sikkerhedskopi aldrig har \(__proto__\)/i,
    ],
    [
      'a constructor key',
      new File(
        [
          serializeBackup(createBackup({ notes: [], favourites: [], decks: [], briefs: [] }, '1', new Date())).replace(
            '"briefs": []',
            '"briefs": [{ "id": "b", "constructor": { "prototype": {} } }]',
          ),
        ],
        'x.json',
      ),
      /\(constructor\)/i,
    ],
  ])('refuses %s with a clear message, and changes nothing', async (_what, file, message) => {
    const store = idbStore();
    await store.put(note('aftal', 'Urørt'));
    const { user } = renderWithProviders(<NotesPage />, { store, edition });
    await user.upload(await openImport(user), file);
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.getByRole('alert')).toHaveTextContent(/intet er ændret/i);
    expect(screen.queryByRole('button', { name: 'Hent kopien ind' })).not.toBeInTheDocument();
    expect(await texts(store)).toEqual(['Urørt']);
  });

  it('refuses a file larger than 64 MB without reading it', async () => {
    const { user } = renderWithProviders(<NotesPage />, { edition });
    const big = new File(['{}'], 'stor.json', { type: 'application/json' });
    Object.defineProperty(big, 'size', { value: 65 * 1024 * 1024 });
    const read = vi.spyOn(big, 'text');
    await user.upload(await openImport(user), big);
    expect(await screen.findByRole('alert')).toHaveTextContent(/større end 64 MB/i);
    expect(read).not.toHaveBeenCalled();
  });

  it('shows imported text holding HTML or script as text, never as markup', async () => {
    const store = idbStore();
    const { user, container } = renderWithProviders(<NotesPage />, { store, edition });
    const evil = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    await user.upload(await openImport(user), backupFile([note('aftal', evil)]));
    await user.click(await screen.findByRole('button', { name: 'Hent kopien ind' }));
    await screen.findByText('Sikkerhedskopien er hentet ind.');
    await waitFor(() => expect(screen.getByRole('list', { name: 'Noter' })).toHaveTextContent(evil));
    expect(container.querySelector('img, script')).toBeNull();
  });

  it('works where notes live only in memory (a private window)', async () => {
    const store = createMemoryNotesStore();
    const { user } = renderWithProviders(<NotesPage />, { store, edition, storageKind: 'memory' });
    expect(screen.getByText(/gem dem i en fil nedenfor/i)).toBeInTheDocument();
    await user.upload(await openImport(user), backupFile([note('aftal', 'Tilbage igen')]));
    expect(await screen.findByText(/kan ikke gemmes i denne browser og hentes ikke ind/i)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Hent kopien ind' }));
    await screen.findByText('Sikkerhedskopien er hentet ind.');
    expect(await texts(store)).toEqual(['Tilbage igen']);
  });

  it('cancels, and returns the keyboard to where it was', async () => {
    const { user } = renderWithProviders(<NotesPage />, { edition });
    await openImport(user);
    await user.click(screen.getByRole('button', { name: 'Annullér' }));
    expect(screen.queryByLabelText(/vælg filen/i)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /hent en sikkerhedskopi ind/i })).toHaveFocus();
  });

  it('has no accessibility violations with the preview open', async () => {
    const store = idbStore();
    await store.put(note('aftal', 'Her'));
    const { user } = renderWithProviders(<NotesPage />, { store, edition });
    await user.upload(await openImport(user), backupFile([note('aftal', 'Kopi', 9000)]));
    await screen.findByText(/det sker, hvis du henter/i);
    await act(async () => {});
    expect(await axeViolations()).toEqual([]);
  });

  it('speaks English', async () => {
    const { user } = renderWithProviders(<NotesPage />, { edition, lang: 'en' });
    await user.click(screen.getByRole('button', { name: 'Bring back a backup' }));
    await user.upload(await screen.findByLabelText('Choose the backup file'), backupFile([note('aftal', 'x')]));
    expect(await screen.findByText('1 new note')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /merge/i })).toBeChecked();
  });
});
