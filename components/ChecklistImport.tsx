import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { guessListingsDate } from '@/lib/dictionary/checklist/date';
import { ImportCancelled, ImportError } from '@/lib/dictionary/checklist/errors';
import type { ChecklistFormat } from '@/lib/dictionary/checklist/formats';
import type { ImportProgress } from '@/lib/dictionary/checklist/import';
import type { CheckSummary } from '@/lib/dictionary/checklist/worker-protocol';
import type { ActiveStatus } from '@/lib/active-dictionary/status';
import type { DictionaryControls } from '@/lib/browser/dictionary-controls';
import { DictionaryStatus } from './DictionaryStatus';
import { useT } from './i18n';
import type { Translate } from '@/lib/i18n/translate';
import { Button } from './ui/Button';
import { Card } from './ui/Card';
import { Field } from './ui/Field';
import { Notice } from './ui/Notice';
import './settings/settings.css';

type Phase = 'idle' | 'reading' | 'saving';

const FORMAT_MESSAGES = {
  'cites-checklist': 'dictionaryFormatCitesChecklist',
  speciesplus: 'dictionaryFormatSpeciesplus',
} as const;

const fraction = (p: ImportProgress) => (p.totalBytes > 0 ? p.bytesRead / p.totalBytes : 0);

/** What an import added; the reasons rows were skipped are the importer's own (English) words. */
function summary(result: CheckSummary, t: Translate): string {
  const number = (n: number) => n.toLocaleString(t('uiLocale'));
  const counts = [
    number(result.counts.taxa),
    number(result.counts.names),
    number(result.counts.synonyms),
    number(result.rows),
  ];
  const skipped = Object.entries(result.skipped).map(([reason, count]) => `${number(count)} ${reason}`);
  return skipped.length > 0
    ? t('dictionaryImportedSkipped', [...counts, skipped.join(', ')])
    : t('dictionaryImported', counts);
}

/**
 * Options-page section: import the official CITES Checklist (or a Species+
 * export) as the active species list, see which list is active, revert.
 * Messages from the file are shown as text, never as HTML.
 */
export function ChecklistImport({ controls, id }: { controls: DictionaryControls; id?: string }) {
  const t = useT();
  const [status, setStatus] = useState<ActiveStatus>();
  const [file, setFile] = useState<File>();
  const [listingsAsOf, setListingsAsOf] = useState('');
  const [phase, setPhase] = useState<Phase>('idle');
  const [format, setFormat] = useState<ChecklistFormat>();
  const [progress, setProgress] = useState<ImportProgress>();
  const [problems, setProblems] = useState<string[]>([]);
  const [done, setDone] = useState<string>();
  // The file itself could not be imported (not a checklist, a bad row): the file input says so, described by why.
  const [refused, setRefused] = useState(false);
  const problemsId = useId();
  const abort = useRef<AbortController>(undefined);

  useEffect(() => {
    controls.status().then(setStatus, (e: unknown) => setProblems([String(e)]));
  }, [controls]);

  /** Forgets what the last import or revert said: a new file, import or revert has its own outcome. */
  const clearOutcome = () => {
    setProblems([]);
    setRefused(false);
    setDone(undefined);
  };

  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const picked = event.target.files?.[0];
    setFile(picked);
    setFormat(undefined);
    setProgress(undefined);
    clearOutcome();
    if (picked) setListingsAsOf(guessListingsDate(picked.name, picked.lastModified));
  };

  const run = async () => {
    if (!file) return;
    abort.current = new AbortController();
    setPhase('reading');
    clearOutcome();
    try {
      // Reading and validating run in a worker; only storing the checked pieces happens here, in short steps.
      const checked = await controls.check(file, {
        listingsAsOf,
        signal: abort.current.signal,
        onProgress: setProgress,
        onFormat: setFormat,
      });
      setPhase('saving');
      setStatus(await controls.activateChecked(checked, file.name));
      setDone(summary(checked, t));
    } catch (error) {
      if (error instanceof ImportError) {
        setProblems([t('dictionaryCannotImport'), ...error.message.split('\n')]);
        setRefused(true);
      } else if (error instanceof ImportCancelled) setProblems([t('dictionaryImportCancelled')]);
      else setProblems([t('dictionaryImportFailed', error instanceof Error ? error.message : String(error))]);
    } finally {
      setPhase('idle');
    }
  };

  const revert = async () => {
    clearOutcome();
    try {
      setStatus(await controls.revert());
    } catch (error) {
      setProblems([t('dictionaryRevertFailed', error instanceof Error ? error.message : String(error))]);
    }
  };

  const busy = phase !== 'idle';
  return (
    <Card
      id={id}
      title={t('dictionaryHeading')}
      headingId="checklist-import-title"
      actions={
        status &&
        status.source !== 'bundled' && (
          <Button variant="quiet" onClick={revert} disabled={busy}>
            {t('dictionaryRevert')}
          </Button>
        )
      }
    >
      {status && <DictionaryStatus status={status} />}
      <p className="card__intro">{t('dictionaryIntro')}</p>
      <div className="form-grid">
        <Field label={t('dictionaryFile')} errorShownAt={refused ? problemsId : undefined}>
          <input type="file" accept=".csv,.gz,text/csv,application/gzip" onChange={pick} disabled={busy} />
        </Field>
        {file && (
          <Field label={t('dictionaryListingsAsOf')}>
            <input
              type="date"
              value={listingsAsOf}
              onChange={(e) => setListingsAsOf(e.target.value)}
              disabled={busy}
              required
            />
          </Field>
        )}
      </div>
      <div className="cluster">
        <Button variant="primary" onClick={run} disabled={!file || !listingsAsOf || busy}>
          {t('dictionaryImport')}
        </Button>
        {phase === 'reading' && <Button onClick={() => abort.current?.abort()}>{t('dictionaryCancel')}</Button>}
      </div>
      {format && <p>{t('dictionaryFormat', t(FORMAT_MESSAGES[format]))}</p>}
      {phase === 'reading' && progress && (
        <progress value={progress.bytesRead} max={progress.totalBytes} aria-label={t('dictionaryProgressLabel')} />
      )}
      {/* One region kept on the page whose text changes: a status inserted with its text in it may go unannounced. */}
      <div role="status" className="stack">
        {phase === 'reading' && progress && (
          <p>
            {t('dictionaryProgress', [
              new Intl.NumberFormat(t('uiLocale'), { style: 'percent' }).format(fraction(progress)),
              progress.rows.toLocaleString(t('uiLocale')),
            ])}
          </p>
        )}
        {phase === 'saving' && <p>{t('dictionarySavingList')}</p>}
        {done && (
          <Notice tone="success" live={false}>
            {done}
          </Notice>
        )}
      </div>
      {problems.length > 0 && (
        <div role="alert" id={problemsId} className="notice notice--error">
          <ul className="notice__body report">
            {problems.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </div>
      )}
    </Card>
  );
}
