import type { TFunction } from 'i18next';
import type { Lang } from '../../domain/actor';
import { createBackup, serializeBackup } from '../../domain/backup-format';
import type { BackupContents, BackupNote } from '../../domain/backup-format';
import { notesToMarkdown } from '../../domain/backup-markdown';
import { cardsById } from '../../domain/cards-by-id';
import type { Edition } from '../../domain/edition';
import type { BackupAccess } from './backup-access';
import { downloadFile } from '../shared/download-file';

export interface ExportInput {
  readonly access: BackupAccess;
  readonly edition: Edition;
  /** Typed text not (yet) written: a backup made while storage fails must still hold it. */
  readonly pending: ReadonlyMap<string, string>;
  readonly now: Date;
}

/** What is stored, with any unwritten draft in place of its stored note. */
async function contentsWithDrafts({ access, edition, pending, now }: ExportInput): Promise<BackupContents> {
  const stored = await access.storage.read();
  if (pending.size === 0) return stored;
  const notes = new Map<string, BackupNote>(stored.notes.map((note) => [note.cardId, note]));
  for (const [cardId, text] of pending) {
    const cardText = cardsById(edition).get(cardId)?.tip.text;
    if (text.trim() === '') notes.delete(cardId);
    else
      notes.set(cardId, {
        cardId,
        text,
        updatedAt: now.getTime(),
        editionVersion: edition.version,
        ...(cardText ? { cardText } : {}),
      });
  }
  return { ...stored, notes: [...notes.values()] };
}

const day = (now: Date): string => now.toISOString().slice(0, 10);

/** Saves the JSON backup file and records when; resolves with the file's name. */
export async function exportBackup(input: ExportInput): Promise<string> {
  const contents = await contentsWithDrafts(input);
  const name = `samarbejdskort-sikkerhedskopi-${day(input.now)}.json`;
  downloadFile(name, serializeBackup(createBackup(contents, input.edition.version, input.now)), 'application/json');
  await input.access.meta.write('lastBackupAt', input.now.getTime()).catch(() => {});
  return name;
}

/** Saves the notes as Markdown to read and print (not a backup: it cannot be brought back). */
export async function exportMarkdown(
  input: ExportInput & { readonly lang: Lang; readonly t: TFunction<'backup'> },
): Promise<string> {
  const { notes } = await contentsWithDrafts(input);
  const { t, lang, edition, now } = input;
  const format = (time: number): string =>
    new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(
      new Date(time),
    );
  const markdown = notesToMarkdown(notes, edition, lang, {
    title: t('markdown.title'),
    subtitle: t('markdown.subtitle', { date: format(now.getTime()), version: edition.version }),
    pair: (from, to) => t('markdown.pair', { from, to }),
    tip: t('markdown.tip'),
    note: (date) => t('markdown.note', { date }),
    retired: t('markdown.retired'),
    changed: t('markdown.changed'),
    orphans: t('markdown.orphans'),
    orphanCard: (id) => t('markdown.orphanCard', { id }),
    date: format,
  });
  const name = `samarbejdskort-noter-${day(now)}.md`;
  downloadFile(name, markdown, 'text/markdown;charset=utf-8');
  return name;
}
