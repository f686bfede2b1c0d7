import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { guessListingsDate } from '@/lib/dictionary/checklist/date';
import { ImportCancelled, ImportError } from '@/lib/dictionary/checklist/errors';
import { FORMAT_LABELS, type ChecklistFormat } from '@/lib/dictionary/checklist/formats';
import { importChecklistFile, type ImportProgress, type ImportResult } from '@/lib/dictionary/checklist/import';
import type { ActiveStatus } from '@/lib/dictionary/status';
import type { DictionaryControls } from './DictionaryControls';
import { DictionaryStatus } from './DictionaryStatus';

type Phase = 'idle' | 'reading' | 'saving';

const percent = (p: ImportProgress) => (p.totalBytes > 0 ? Math.round((100 * p.bytesRead) / p.totalBytes) : 0);

function summary(result: ImportResult): string {
  const taxa = result.dictionary.taxa;
  const names = taxa.reduce((n, t) => n + t.names.length, 0);
  const synonyms = taxa.reduce((n, t) => n + t.synonyms.length, 0);
  const skipped = Object.entries(result.skipped).map(([reason, count]) => `${count.toLocaleString('en')} ${reason}`);
  return (
    `Imported ${taxa.length.toLocaleString('en')} taxa, ${names.toLocaleString('en')} common names and ` +
    `${synonyms.toLocaleString('en')} synonyms from ${result.rows.toLocaleString('en')} rows` +
    (skipped.length > 0 ? `; skipped ${skipped.join(', ')}.` : '.')
  );
}

/** Lets the page paint "Saving…" before merging and compiling hold the main thread for a moment. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Options-page section: import the official CITES Checklist (or a Species+
 * export) as the active species list, see which list is active, revert.
 * Messages from the file are shown as text, never as HTML.
 */
export function ChecklistImport({ controls }: { controls: DictionaryControls }) {
  const [status, setStatus] = useState<ActiveStatus>();
  const [file, setFile] = useState<File>();
  const [listingsAsOf, setListingsAsOf] = useState('');
  const [phase, setPhase] = useState<Phase>('idle');
  const [format, setFormat] = useState<ChecklistFormat>();
  const [progress, setProgress] = useState<ImportProgress>();
  const [problems, setProblems] = useState<string[]>([]);
  const [done, setDone] = useState<string>();
  const abort = useRef<AbortController>(undefined);

  useEffect(() => {
    controls.status().then(setStatus, (e: unknown) => setProblems([String(e)]));
  }, [controls]);

  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const picked = event.target.files?.[0];
    setFile(picked);
    setFormat(undefined);
    setProgress(undefined);
    setProblems([]);
    setDone(undefined);
    if (picked) setListingsAsOf(guessListingsDate(picked.name, picked.lastModified));
  };

  const run = async () => {
    if (!file) return;
    abort.current = new AbortController();
    setPhase('reading');
    setProblems([]);
    setDone(undefined);
    try {
      const result = await importChecklistFile(file, { listingsAsOf, signal: abort.current.signal, onProgress: setProgress, onFormat: setFormat });
      setPhase('saving');
      await nextFrame();
      setStatus(await controls.activate(result.dictionary, file.name));
      setDone(summary(result));
    } catch (error) {
      if (error instanceof ImportError) setProblems(['Nothing was changed. The file cannot be imported:', ...error.message.split('\n')]);
      else if (error instanceof ImportCancelled) setProblems(['Import cancelled; nothing was changed.']);
      else setProblems([`Import failed; nothing was changed: ${error instanceof Error ? error.message : String(error)}`]);
    } finally {
      setPhase('idle');
    }
  };

  const revert = async () => {
    setProblems([]);
    setDone(undefined);
    try {
      setStatus(await controls.revert());
    } catch (error) {
      setProblems([`Could not revert: ${error instanceof Error ? error.message : String(error)}`]);
    }
  };

  const busy = phase !== 'idle';
  return (
    <section aria-labelledby="checklist-import-title">
      <h2 id="checklist-import-title">Species list</h2>
      {status && <DictionaryStatus status={status} />}
      {status && status.source !== 'bundled' && (
        <button type="button" onClick={revert} disabled={busy}>Revert to bundled list</button>
      )}
      <p>
        Import the “Index of CITES Species” CSV from checklist.cites.org (.csv or .csv.gz) or a Species+ “CITES listings” export.
        Spoor keeps its own common names in eight languages, trade terms and EU annexes, and adds the file’s taxa, names and synonyms.
      </p>
      <label>
        Checklist file <input type="file" accept=".csv,.gz,text/csv,application/gzip" onChange={pick} disabled={busy} />
      </label>
      {file && (
        <label>
          Listings as of <input type="date" value={listingsAsOf} onChange={(e) => setListingsAsOf(e.target.value)} disabled={busy} required />
        </label>
      )}
      <button type="button" onClick={run} disabled={!file || !listingsAsOf || busy}>Import</button>
      {phase === 'reading' && <button type="button" onClick={() => abort.current?.abort()}>Cancel</button>}
      {format && <p>Format: {FORMAT_LABELS[format]}</p>}
      {phase === 'reading' && progress && (
        <p>
          <progress value={progress.bytesRead} max={progress.totalBytes} aria-label="Import progress" /> {percent(progress)}%,{' '}
          {progress.rows.toLocaleString('en')} rows read
        </p>
      )}
      {phase === 'saving' && <p>Saving the new list…</p>}
      {done && <p role="status">{done}</p>}
      {problems.length > 0 && (
        <ul role="alert">
          {problems.map((line, i) => <li key={i}>{line}</li>)}
        </ul>
      )}
    </section>
  );
}
