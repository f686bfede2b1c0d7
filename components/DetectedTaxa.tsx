import { useEffect, useState } from 'react';
import type { DetectionsSource } from '@/lib/detect/detections-source';
import type { ReportEntry } from '@/lib/messaging/detect-messages';
import type { Settings } from '@/lib/settings/schema';

const KIND_LABELS: Record<ReportEntry['kind'], string> = { taxon: 'taxon', trade: 'trade term', code: 'code word' };
const appendixText = (appendix: ReportEntry['appendix']) => (appendix === 'nc' ? 'not listed' : appendix);

/** The table of what was found, in the order given (the background sorts by Appendix, then count). */
export function DetectedTaxaList({ entries, colors }: { entries: readonly ReportEntry[]; colors: Settings['colors'] }) {
  if (entries.length === 0) return <p>Nothing CITES-related found on this page.</p>;
  return (
    <table aria-label="Detected taxa" style={{ borderCollapse: 'collapse', width: '100%' }}>
      <thead>
        <tr>
          <th scope="col">Taxon / trade term</th>
          <th scope="col">Appendix</th>
          <th scope="col">EU Annex</th>
          <th scope="col">Count</th>
          <th scope="col">Words</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.entryId} style={{ borderLeft: `4px solid ${colors[entry.category]}` }}>
            <td>
              <span style={{ fontStyle: entry.kind === 'taxon' ? 'italic' : 'normal' }}>{entry.label}</span>
              {entry.kind !== 'taxon' && <small> ({KIND_LABELS[entry.kind]})</small>}
            </td>
            <td>{appendixText(entry.appendix)}</td>
            <td>{entry.euAnnex === 'none' ? '–' : entry.euAnnex}</td>
            <td>{entry.count}</td>
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
  if (error) return <p role="alert">Could not read this tab’s findings: {error}</p>;
  return entries ? <DetectedTaxaList entries={entries} colors={colors} /> : <p>Looking…</p>;
}
