import { useState } from 'react';
import { useT } from '@/components/i18n';
import type { TombstonedFlag } from '@/lib/backup/restore';
import type { TombstoneChoice } from '@/lib/backup/restore-records';
import { formatDay } from '@/lib/flags/format';

/**
 * Before a restore: the flags deleted here that the backup still holds, each
 * to keep deleted (the default) or bring back. Either way the restore records
 * the choice in the flag's history.
 */
export function TombstoneChoices({
  flags,
  onRestore,
  onCancel,
}: {
  flags: readonly TombstonedFlag[];
  onRestore(choices: ReadonlyMap<string, TombstoneChoice>): void;
  onCancel(): void;
}) {
  const t = useT();
  const [choices, setChoices] = useState<ReadonlyMap<string, TombstoneChoice>>(new Map());
  const choose = (flagId: string, choice: TombstoneChoice) =>
    setChoices((current) => new Map([...current, [flagId, choice]]));
  return (
    <fieldset>
      <legend>{t('restoreTombstonesLegend')}</legend>
      <p>{t('restoreTombstonesIntro', String(flags.length))}</p>
      <ul>
        {flags.map((flag) => {
          const chosen = choices.get(flag.flagId) ?? 'keep-deleted';
          return (
            <li key={flag.flagId} role="group" aria-label={flag.title ?? flag.canonicalUrl}>
              <strong>{flag.title ?? flag.canonicalUrl}</strong>{' '}
              {t('restoreTombstoneDeleted', [
                formatDay(flag.deletedAt, t('uiLocale')),
                flag.deletedBy || t('recordAuditUnnamed'),
                flag.reason,
              ])}{' '}
              <label>
                <input
                  type="radio"
                  name={`tombstone-${flag.flagId}`}
                  checked={chosen === 'keep-deleted'}
                  onChange={() => choose(flag.flagId, 'keep-deleted')}
                />{' '}
                {t('restoreKeepDeleted')}
              </label>{' '}
              <label>
                <input
                  type="radio"
                  name={`tombstone-${flag.flagId}`}
                  checked={chosen === 'bring-back'}
                  onChange={() => choose(flag.flagId, 'bring-back')}
                />{' '}
                {t('restoreBringBack')}
              </label>
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={() => onRestore(choices)}>
        {t('restoreWithChoices')}
      </button>{' '}
      <button type="button" onClick={onCancel}>
        {t('restoreCancel')}
      </button>
    </fieldset>
  );
}
