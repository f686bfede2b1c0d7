import { useEffect, useState } from 'react';
import type { DetectionsSource } from '@/lib/browser/detections-source';
import type { ReportEntry } from '@/lib/detect/report';
import type { Settings } from '@/lib/settings/schema';
import { useT } from '@/components/i18n';

const KIND_LABELS = { trade: 'detectKindTrade', code: 'detectKindCode' } as const;

/** The table of what was found, in the order given (the background sorts by Appendix, then count). */
export function DetectedTaxaList({ entries, colors }: { entries: readonly ReportEntry[]; colors: Settings['colors'] }) {
  const t = useT();
  if (entries.length === 0) return <p>{t('detectNothingFound')}</p>;
  const count = new Intl.NumberFormat(t('uiLocale'));
  return (
    <table aria-label={t('detectTableLabel')} style={{ borderCollapse: 'collapse', width: '100%' }}>
      <thead>
        <tr>
          <th scope="col">{t('detectColumnTaxon')}</th>
          <th scope="col">{t('detectColumnAppendix')}</th>
          <th scope="col">{t('detectColumnEuAnnex')}</th>
          <th scope="col">{t('detectColumnCount')}</th>
          <th scope="col">{t('detectColumnWords')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.entryId} style={{ borderLeft: `4px solid ${colors[entry.category]}` }}>
            <td>
              <span style={{ fontStyle: entry.kind === 'taxon' ? 'italic' : 'normal' }}>{entry.label}</span>
              {entry.kind !== 'taxon' && <small> ({t(KIND_LABELS[entry.kind])})</small>}
            </td>
            <td>{entry.appendix === 'nc' ? t('detectNotListed') : entry.appendix}</td>
            <td>{entry.euAnnex === 'none' ? '–' : entry.euAnnex}</td>
            <td>{count.format(entry.count)}</td>
            <td>{entry.matched.join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export interface DetectedTaxaProps {
  tabId: number;
  /** `backgroundDetections` in an extension page. */
  source: DetectionsSource;
  colors: Settings['colors'];
}

/** What Spoor found in a tab, refreshed whenever the tab reports again. */
export function DetectedTaxa({ tabId, source, colors }: DetectedTaxaProps) {
  const t = useT();
  const [entries, setEntries] = useState<ReportEntry[]>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let live = true;
    const load = () =>
      void source.load(tabId).then(
        (next) => live && setEntries(next),
        (failure: unknown) => live && setError(failure instanceof Error ? failure.message : String(failure)),
      );
    const stop = source.watch(tabId, load);
    load();
    return () => {
      live = false;
      stop();
    };
  }, [tabId, source]);
  if (error) return <p role="alert">{t('detectLoadFailed', error)}</p>;
  return entries ? <DetectedTaxaList entries={entries} colors={colors} /> : <p>{t('detectLooking')}</p>;
}
