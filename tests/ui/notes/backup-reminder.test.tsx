import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REMINDER_INTERVAL_MS } from '../../../src/domain/backup-reminder';
import { createIdbBackupMeta } from '../../../src/storage/backup-storage';
import { createIdbNotesStore } from '../../../src/storage/notes-store';
import type { IdbNotesStore } from '../../../src/storage/notes-store';
import { BackupReminder } from '../../../src/ui/notes/backup-reminder';
import { axeViolations } from '../../support/axe-violations';
import { renderWithProviders } from '../../support/render-with-providers';
import { captureDownloads } from './capture-downloads';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 5, 1);

let store: IdbNotesStore;
beforeEach(() => {
  store = createIdbNotesStore();
});
afterEach(() => {
  store.close();
});

async function withNote(): Promise<void> {
  await store.put({ cardId: 'a', text: 'Vigtig', updatedAt: NOW - 90 * DAY, editionVersion: '1.2.3' });
}

function show(at = NOW) {
  return renderWithProviders(<BackupReminder now={() => at} />, { store });
}

/** Lets the reminder read the database and decide. */
async function settled(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 100));
}

describe('the backup reminder', () => {
  it('never reminds on the day notes are first seen, and starts counting then', async () => {
    await withNote();
    show();
    await settled();
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    expect(await createIdbBackupMeta().read()).toEqual({ remindFrom: NOW });
  });

  it('reminds 30 days after notes were first seen without a backup', async () => {
    await withNote();
    await createIdbBackupMeta().write('remindFrom', NOW - REMINDER_INTERVAL_MS);
    show();
    expect(await screen.findByText(/du har noter, men ingen sikkerhedskopi/i)).toBeInTheDocument();
  });

  it('reminds when the last backup is more than 30 days old, and saving one now puts it away', async () => {
    const downloads = captureDownloads();
    await withNote();
    await createIdbBackupMeta().write('lastBackupAt', NOW - 31 * DAY);
    const { user } = show();
    expect(await screen.findByText(/over 30 dage siden, du sidst gemte en sikkerhedskopi/i)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Gem sikkerhedskopi nu' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    await waitFor(() => expect(screen.queryByText(/over 30 dage siden/i)).not.toBeInTheDocument());
    expect((await createIdbBackupMeta().read()).lastBackupAt).toBeGreaterThan(NOW - DAY);
  });

  it('says nothing when a backup was made within 30 days', async () => {
    await withNote();
    await createIdbBackupMeta().write('lastBackupAt', NOW - 29 * DAY);
    show();
    await settled();
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });

  it('says nothing without notes', async () => {
    await createIdbBackupMeta().write('lastBackupAt', NOW - 300 * DAY);
    show();
    await settled();
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });

  it('is put away for another 30 days with "Ikke nu": never a nag on every visit', async () => {
    await withNote();
    await createIdbBackupMeta().write('lastBackupAt', NOW - 60 * DAY);
    const { user, unmount } = show();
    await user.click(await screen.findByRole('button', { name: 'Ikke nu' }));
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    await waitFor(async () => expect((await createIdbBackupMeta().read()).dismissedAt).toBe(NOW));
    unmount();

    // The next visit, a week later: quiet.
    const next = show(NOW + 7 * DAY);
    await settled();
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    next.unmount();

    // A month after the dismissal: once more.
    show(NOW + 31 * DAY);
    expect(await screen.findByRole('button', { name: 'Ikke nu' })).toBeInTheDocument();
  });

  it('has no accessibility violations', async () => {
    await withNote();
    await createIdbBackupMeta().write('lastBackupAt', NOW - 31 * DAY);
    show();
    await screen.findByRole('button', { name: 'Ikke nu' });
    expect(await axeViolations()).toEqual([]);
  });
});
