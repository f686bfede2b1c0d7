import { useCallback, useEffect, useState } from 'react';
import { useT } from '@/components/i18n';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import '@/components/ui/Table.css';
import { exportAgain } from '@/lib/export/export-flow';
import { batchLabel } from '@/lib/batch-format/label';
import type { BatchEnv } from '@/lib/browser/batch-env';
import type { BatchRecord, ExportFormat } from '@/lib/records/batch';
import { formatDay } from '@/lib/flags/format';
import { exportEnvOf, exportNotice, NoticeLine, reasonOf, type Notice } from './env';

const FORMATS: ExportFormat[] = ['zip', 'json', 'csv'];

/** Every batch exported from or imported into this Spoor; an exported one can be saved again in any format. */
export function BatchList({ env, onChanged }: { env: BatchEnv; onChanged(): void }) {
  const t = useT();
  const [batches, setBatches] = useState<BatchRecord[]>();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>();
  const day = (iso: string) => formatDay(iso, t('uiLocale'));

  const load = useCallback(async () => setBatches((await env.send('batch/list', {})).batches), [env]);
  useEffect(() => {
    load().catch((error: unknown) => setNotice({ kind: 'alert', text: reasonOf(error) }));
  }, [load]);

  const again = async (record: BatchRecord, format: ExportFormat) => {
    setBusy(true);
    setNotice(undefined);
    try {
      const { researcherId } = await env.researcher();
      const outcome = await exportAgain(
        await exportEnvOf(env),
        record.id,
        format,
        researcherId.trim() || record.researcher,
      );
      setNotice(exportNotice(t, outcome));
      if (outcome.status === 'cancelled') return;
      onChanged();
      await load();
    } catch (error) {
      setNotice({ kind: 'alert', text: t('batchFailed', reasonOf(error)) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-label={t('batchListTitle')}>
      <h2>{t('batchListTitle')}</h2>
      <NoticeLine notice={notice} />
      {batches?.length === 0 && <EmptyState title={t('batchListEmpty')} />}
      {batches && batches.length > 0 && (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                {(
                  [
                    'batchColBatch',
                    'batchColResearcher',
                    'batchColSurvey',
                    'batchColFlags',
                    'batchColHistory',
                    'batchExportAgain',
                  ] as const
                ).map((key) => (
                  <th key={key} scope="col">
                    {t(key)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {batches.map((record) => (
                <tr key={record.id}>
                  <th scope="row" title={record.id}>
                    {batchLabel(record)}
                  </th>
                  <td>{record.researcher}</td>
                  <td>{record.survey}</td>
                  <td>{record.flagIds.length}</td>
                  <td>
                    {record.savedAt &&
                      t('batchSavedOn', [day(record.savedAt), record.formats.join(', ').toUpperCase()])}
                    {record.imported &&
                      t('batchImportedOn', [day(record.imported.importedAt), record.imported.fileName])}
                  </td>
                  <td>
                    <span className="cluster">
                      {record.savedAt &&
                        FORMATS.map((format) => (
                          <Button
                            key={format}
                            busy={busy}
                            aria-label={`${t('batchExportAgain')} ${batchLabel(record)} ${format.toUpperCase()}`}
                            onClick={() => void again(record, format)}
                          >
                            {format.toUpperCase()}
                          </Button>
                        ))}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
