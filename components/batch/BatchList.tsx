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
import { isolatedText } from '@/lib/files/shown-text';
import { readOtherwise } from '@/lib/import/detection-recheck';
import type { BatchRevocation } from '@/lib/dashboard/batch-revocations';
import { exportEnvOf, exportNotice, NoticeLine, reasonOf, type Notice } from './env';
import './batch.css';

const FORMATS: ExportFormat[] = ['zip', 'json', 'csv'];

/** Every batch exported from or imported into this Spoor; an exported one can be saved again in any format. */
export function BatchList({ env, onChanged }: { env: BatchEnv; onChanged(): void }) {
  const t = useT();
  const [batches, setBatches] = useState<BatchRecord[]>();
  const [revoked, setRevoked] = useState(new Map<string, BatchRevocation>());
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>();
  const day = (iso: string) => formatDay(iso, t('uiLocale'));

  const load = useCallback(async () => {
    const listed = await env.send('batch/list', {});
    setRevoked(new Map(listed.revoked.map((marked) => [marked.batchId, marked])));
    setBatches(listed.batches);
  }, [env]);
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
                    {revoked.has(record.id) && <RevokedSince revocation={revoked.get(record.id)!} />}
                    {record.imported?.reading && readOtherwise(record.imported.reading).length > 0 && (
                      <strong className="batch-list__check">
                        {t('batchReadOtherwise', String(readOtherwise(record.imported.reading).length))}
                      </strong>
                    )}
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

/** An imported batch whose key was revoked since: kept, and marked so its flags are checked with the researcher. */
function RevokedSince({ revocation: { revoked } }: { revocation: BatchRevocation }) {
  const t = useT();
  return (
    <strong className="batch-list__check">
      {t('batchKeyRevokedSince', [
        formatDay(revoked.at, t('uiLocale')),
        isolatedText(revoked.by),
        isolatedText(revoked.reason),
      ])}
    </strong>
  );
}
