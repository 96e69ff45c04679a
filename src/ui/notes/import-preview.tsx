import type { ImportPlan } from '../../domain/backup-plan';
import { useBackupStrings } from '../shared/use-backup-strings';

/** "n new, n changed, n in conflict, n for cards not in this edition", in the chosen mode. */
export function ImportPreview({ plan, memoryOnly }: { readonly plan: ImportPlan; readonly memoryOnly: boolean }) {
  const { t } = useBackupStrings();
  const { notes, favourites, decks, briefs } = plan.counts;
  const lines = [
    notes.added > 0 && t('import.added', { count: notes.added }),
    notes.changed > 0 && t('import.changed', { count: notes.changed }),
    notes.conflicts > 0 &&
      t(plan.mode === 'merge' ? 'import.conflictsMerge' : 'import.conflictsReplace', { count: notes.conflicts }),
    notes.unchanged > 0 && t('import.unchanged', { count: notes.unchanged }),
    notes.removed > 0 && t('import.removed', { count: notes.removed }),
    notes.orphans > 0 && t('import.orphans', { count: notes.orphans }),
  ].filter((line): line is string => line !== false);
  const touched = (counts: typeof favourites): number => counts.added + counts.changed + counts.removed;
  const others = touched(favourites) + touched(decks) + touched(briefs) > 0;
  return (
    <div className="import-preview">
      <p>{t('import.preview')}</p>
      {lines.length > 0 || others ? (
        <ul>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
          {others && (
            <li>
              {t('import.others', {
                favourites: favourites.added + favourites.changed,
                decks: decks.added + decks.changed,
                briefs: briefs.added + briefs.changed,
              })}
            </li>
          )}
        </ul>
      ) : (
        <p>{t('import.nothing')}</p>
      )}
      {memoryOnly && <p>{t('import.othersMemory')}</p>}
    </div>
  );
}
