import { useId, useState, type ChangeEvent } from 'react';
import { plural, useT } from '@/components/i18n';
import { Button } from '@/components/ui/Button';
import { Card } from '@/components/ui/Card';
import { Field } from '@/components/ui/Field';
import { Notice } from '@/components/ui/Notice';
import { StatusLine } from '@/components/ui/StatusLine';
import './settings.css';
import { saveStream, type SaveTargets } from '@/lib/files/save';
import { InvalidBackupError, describeProblem } from '@/lib/backup/problems';
import { readBackup, type Backup } from '@/lib/backup/read';
import { planRestore, restoreBackup, type RestoreEnv, type TombstonedFlag } from '@/lib/backup/restore';
import type { TombstoneChoice } from '@/lib/backup/restore-records';
import { createBackup } from '@/lib/backup/write';
import type { DictionaryArea } from '@/lib/active-dictionary/chunked';
import type { SpoorDb } from '@/lib/storage/db';
import { RestoreReportView } from './RestoreReportView';
import { TombstoneChoices } from './TombstoneChoices';

/** What backing up and restoring need from the options page; tests build one around fake IndexedDB. */
export interface BackupEnv {
  db(): Promise<SpoorDb>;
  /** storage.local: settings, custom terms, the imported checklist. */
  area: DictionaryArea;
  save: SaveTargets;
  extensionVersion: string;
  dictionary: RestoreEnv['dictionary'];
}

const SHOWN_PROBLEMS = 20;

type Outcome =
  | { kind: 'saved'; fileName: string; flags: number; artifacts: number }
  | { kind: 'choose'; backup: Backup; tombstoned: TombstonedFlag[] }
  | { kind: 'restored'; report: Awaited<ReturnType<typeof restoreBackup>> }
  | { kind: 'invalid'; problems: string[] }
  | { kind: 'failed'; error: string; during: 'backup' | 'restore' };

/** One file with all of Spoor's data, to move to another machine; and restoring one. */
export function BackupRestore({ env, id }: { env: BackupEnv; id?: string }) {
  const t = useT();
  const [busy, setBusy] = useState<'backup' | 'restore'>();
  const [file, setFile] = useState<File>();
  const [outcome, setOutcome] = useState<Outcome>();
  const errorId = useId();
  // A restore that found the file invalid or failed: the file input says so and is described by the reasons.
  const refused = outcome?.kind === 'invalid' || (outcome?.kind === 'failed' && outcome.during === 'restore');

  const run = async (what: 'backup' | 'restore', work: () => Promise<Outcome | undefined>) => {
    setBusy(what);
    setOutcome(undefined);
    try {
      setOutcome(await work());
    } catch (error) {
      if (error instanceof InvalidBackupError)
        setOutcome({ kind: 'invalid', problems: error.problems.map(describeProblem) });
      else setOutcome({ kind: 'failed', error: error instanceof Error ? error.message : String(error), during: what });
    } finally {
      setBusy(undefined);
    }
  };
  const backUp = () =>
    run('backup', async () => {
      const { stream, fileName, counts } = await createBackup(await env.db(), env.area, env.extensionVersion);
      try {
        await saveStream(stream, fileName, env.save, {
          description: t('backupFileType'),
          mimeType: 'application/zip',
          extension: '.zip',
        });
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') return undefined; // The researcher closed the picker.
        throw error;
      }
      return { kind: 'saved', fileName, ...counts };
    });
  const write = async (backup: Backup, choices?: ReadonlyMap<string, TombstoneChoice>): Promise<Outcome> => {
    const db = await env.db();
    return {
      kind: 'restored',
      report: await restoreBackup({ db, area: env.area, dictionary: env.dictionary }, backup, choices),
    };
  };
  // Flags deleted here that the backup holds are listed first: keep them deleted, or bring them back.
  const restore = () =>
    run('restore', async () => {
      const backup = await readBackup(file!);
      const tombstoned = await planRestore(await env.db(), backup);
      return tombstoned.length > 0 ? { kind: 'choose', backup, tombstoned } : write(backup);
    });

  return (
    <Card id={id} title={t('backupHeading')} headingId="backup-title" intro={t('backupIntro')}>
      <div className="cluster">
        <Button variant="primary" onClick={() => void backUp()} disabled={busy !== undefined}>
          {t('backupCreate')}
        </Button>
      </div>
      <h3>{t('backupRestoreHeading')}</h3>
      <p className="card__intro">{t('backupRestorePolicy')}</p>
      <div className="inline-form">
        <Field label={t('backupRestoreFile')} errorShownAt={refused ? errorId : undefined}>
          <input
            type="file"
            accept=".zip,application/zip"
            disabled={busy !== undefined}
            onChange={(event: ChangeEvent<HTMLInputElement>) => {
              setFile(event.target.files?.[0]);
              setOutcome(undefined);
            }}
          />
        </Field>
        <Button onClick={() => void restore()} disabled={!file || busy !== undefined}>
          {t('backupRestore')}
        </Button>
      </div>
      {busy && <StatusLine>{t(busy === 'backup' ? 'backupWorking' : 'backupRestoring')}</StatusLine>}
      {outcome?.kind === 'saved' && (
        <Notice tone="success">
          {plural(t, 'backupSaved', outcome.flags, [
            outcome.fileName,
            String(outcome.flags),
            String(outcome.artifacts),
          ])}
        </Notice>
      )}
      {outcome?.kind === 'choose' && (
        <TombstoneChoices
          flags={outcome.tombstoned}
          onRestore={(choices) => void run('restore', () => write(outcome.backup, choices))}
          onCancel={() => setOutcome(undefined)}
        />
      )}
      {outcome?.kind === 'restored' && <RestoreReportView report={outcome.report} />}
      {outcome?.kind === 'failed' && (
        <Notice tone="error" id={errorId}>
          {t('backupFailed', outcome.error)}
        </Notice>
      )}
      {outcome?.kind === 'invalid' && (
        <Notice tone="error" id={errorId}>
          <p>{t('backupInvalid')}</p>
          <ul className="report">
            {outcome.problems.slice(0, SHOWN_PROBLEMS).map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
          {outcome.problems.length > SHOWN_PROBLEMS && (
            <p>{plural(t, 'backupMoreProblems', outcome.problems.length - SHOWN_PROBLEMS)}</p>
          )}
        </Notice>
      )}
    </Card>
  );
}
