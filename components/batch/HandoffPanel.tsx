import { useEffect, useId, useState } from 'react';
import { plural, useT } from '@/components/i18n';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { Field } from '@/components/ui/Field';
import { countryName } from '@/lib/i18n/names';
import '@/components/settings/settings.css';
import { takedownGroups, type TakedownGroup } from '@/lib/takedown/lists';
import { readFlagsWithAudit } from '@/lib/export/export-flow';
import { countriesOf, saveInformationLog, saveTakedownList } from '@/lib/takedown/handoff';
import type { BatchEnv } from '@/lib/browser/batch-env';
import type { ExportFormat } from '@/lib/records/batch';
import type { Flag } from '@/lib/records/flag';
import { exportEnvOf, NoticeLine, reasonOf, type Notice } from './env';

const LOG_FORMATS: ExportFormat[] = ['csv', 'zip', 'json'];

/**
 * One-click files for people outside the project, from the flags in view:
 * each platform's takedown list, and one country's information log for its
 * enforcement agency. Saving them changes no flag.
 */
export function HandoffPanel({ env, flagIds }: { env: BatchEnv; flagIds: readonly string[] }) {
  const t = useT();
  const [flags, setFlags] = useState<Flag[]>([]);
  const [country, setCountry] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>();
  const rowId = useId();

  useEffect(() => {
    env
      .db()
      .then((db) => readFlagsWithAudit(db, flagIds))
      .then(
        (read) => setFlags(read.flags),
        (error: unknown) => setNotice({ kind: 'alert', text: reasonOf(error) }),
      );
  }, [env, flagIds]);
  const countries = countriesOf(flags);
  const chosenCountry = country ?? countries[0]?.country;

  const save = async (action: () => Promise<'picked' | 'downloaded' | 'cancelled'>) => {
    setBusy(true);
    setNotice(undefined);
    try {
      const outcome = await action();
      setNotice({ kind: 'status', text: outcome === 'cancelled' ? t('batchCancelled') : t('batchHandoffSaved') });
    } catch (error) {
      setNotice({ kind: 'alert', text: t('batchFailed', reasonOf(error)) });
    } finally {
      setBusy(false);
    }
  };
  const now = () => (env.clock ?? (() => new Date()))();
  const takedown = (group: TakedownGroup, format: 'txt' | 'csv') =>
    save(() => saveTakedownList(env, group, format, now()));
  const log = (format: ExportFormat) =>
    save(async () => {
      const { researcherId, survey } = await env.researcher();
      if (!researcherId.trim()) throw new Error(t('batchNeedResearcher'));
      return saveInformationLog(await exportEnvOf(env), flagIds, chosenCountry!, format, {
        researcher: researcherId.trim(),
        survey,
      });
    });

  if (flagIds.length === 0) return <EmptyState title={t('batchNothingShown')} />;
  return (
    <section aria-label={t('batchHandoffOpen')} className="stack">
      <p>{plural(t, 'batchHandoffScope', flagIds.length)}</p>
      <h2>{t('batchTakedownTitle')}</h2>
      <ul className="rows">
        {takedownGroups(flags).map((group, index) => {
          // Each button's name says its platform too ("URL list (.txt) eBay: 3 ads"): read out of its row, as in a
          // screen reader's list of buttons, the rows' buttons would otherwise share two names.
          const platformId = `${rowId}-${index}`;
          return (
            <li key={group.platform.id} className="rows__item">
              <span id={platformId} className="rows__text">
                {plural(t, 'batchTakedownPlatform', group.ads.length, [group.platform.name, String(group.ads.length)])}
              </span>
              <span className="cluster">
                {(['txt', 'csv'] as const).map((format) => (
                  <Button
                    key={format}
                    id={`${platformId}-${format}`}
                    aria-labelledby={`${platformId}-${format} ${platformId}`}
                    busy={busy}
                    onClick={() => void takedown(group, format)}
                  >
                    {t(format === 'txt' ? 'batchSaveUrls' : 'batchSaveCsv')}
                  </Button>
                ))}
              </span>
            </li>
          );
        })}
      </ul>
      <h2>{t('batchCountryTitle')}</h2>
      {countries.length === 0 ? (
        <p>{t('batchNoCountries')}</p>
      ) : (
        <div className="inline-form">
          <Field label={t('batchCountryLabel')}>
            <select value={chosenCountry} onChange={(event) => setCountry(event.target.value)}>
              {countries.map((entry) => (
                <option key={entry.country} value={entry.country}>
                  {plural(t, 'batchCountryOption', entry.flags, [
                    countryName(entry.country, t('uiLocale')),
                    String(entry.flags),
                  ])}
                </option>
              ))}
            </select>
          </Field>
          {LOG_FORMATS.map((format) => (
            <Button key={format} busy={busy} onClick={() => void log(format)}>
              {t('batchSaveLogAs', format.toUpperCase())}
            </Button>
          ))}
        </div>
      )}
      <NoticeLine notice={notice} />
    </section>
  );
}
