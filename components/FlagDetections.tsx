import type { Detection } from '@/lib/records/flag';
import { useT } from '@/components/i18n';

/** The taxa and trade terms recorded with an observation, with their CITES Appendix and EU Annex. */
export function FlagDetections({ detections }: { detections: Detection[] }) {
  const t = useT();
  if (detections.length === 0) return <p>{t('flagDetectionsNone')}</p>;
  return (
    <table aria-label={t('detectTableLabel')}>
      <thead>
        <tr>
          <th>{t('flagColumnDetected')}</th>
          <th>CITES</th>
          <th>{t('flagColumnEu')}</th>
          <th>{t('flagColumnWords')}</th>
        </tr>
      </thead>
      <tbody>
        {detections.map((detection) => (
          <tr key={detection.entryId}>
            <td>{detection.label}</td>
            <td>{detection.appendix === 'nc' ? t('detectNotListed') : t('flagAppendixShort', detection.appendix)}</td>
            <td>{detection.euAnnex === 'none' ? '–' : t('flagEuAnnexShort', detection.euAnnex)}</td>
            <td>{detection.matched.join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
