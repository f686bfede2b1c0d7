import type { Detection } from '@/lib/records/flag';
import { appendixCategory, appendixTag, entryLabel } from './dictionary-labels';
import { useT } from './i18n';
import { Tag } from './ui/Tag';
import { TableScroll } from '@/components/ui/TableScroll';
import './ui/Table.css';

/** The taxa and trade terms recorded with an observation, with their CITES Appendix and EU Annex. */
export function FlagDetections({ detections }: { detections: Detection[] }) {
  const t = useT();
  if (detections.length === 0) return <p className="muted">{t('flagDetectionsNone')}</p>;
  return (
    <TableScroll label={t('detectTableLabel')}>
      <table aria-label={t('detectTableLabel')} className="table">
        <thead>
          <tr>
            <th scope="col">{t('flagColumnDetected')}</th>
            <th scope="col">CITES</th>
            <th scope="col">{t('flagColumnEu')}</th>
            <th scope="col">{t('flagColumnWords')}</th>
          </tr>
        </thead>
        <tbody>
          {detections.map((detection) => (
            <tr key={detection.entryId}>
              <td className={detection.kind === 'taxon' ? 'scientific' : undefined}>{entryLabel(detection, t)}</td>
              <td>
                <Tag category={detection.kind === 'taxon' ? appendixCategory(detection.appendix) : 'trade'}>
                  {appendixTag(detection.appendix, t)}
                </Tag>
              </td>
              <td>{detection.euAnnex === 'none' ? '–' : t('flagEuAnnexShort', detection.euAnnex)}</td>
              <td>{detection.matched.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
