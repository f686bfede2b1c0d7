import { useId } from 'react';
import type { Detection } from '@/lib/records/flag';
import { appendixCategory, appendixTag, entryLabel } from './dictionary-labels';
import { useT } from './i18n';
import { Tag } from './ui/Tag';
import { wordsLang } from './words-lang';
import { TableScroll } from '@/components/ui/TableScroll';
import './ui/Table.css';

/**
 * The taxa and trade terms recorded with an observation, with their CITES Appendix and EU Annex. `of` is the id of
 * what they belong to (the observation's heading): its words come first in the table's name, so the tables of several
 * observations are told apart.
 */
export function FlagDetections({
  detections,
  of,
  pageLang,
}: {
  detections: Detection[];
  of?: string;
  /** The language the page declared: its matched words are marked with it for screen readers. */
  pageLang?: string;
}) {
  const t = useT();
  const captionId = useId();
  if (detections.length === 0) return <p className="muted">{t('flagDetectionsNone')}</p>;
  return (
    <TableScroll label={t('detectTableLabel')} labelledBy={of && `${of} ${captionId}`}>
      <table className="table" {...(of ? { 'aria-labelledby': `${of} ${captionId}` } : {})}>
        <caption id={captionId} className="visually-hidden">
          {t('detectTableLabel')}
        </caption>
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
              <td lang={wordsLang([pageLang], t('uiLocale'))}>{detection.matched.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
