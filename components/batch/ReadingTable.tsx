import { useId } from 'react';
import { TableScroll } from '@/components/ui/TableScroll';
import { appendixTag } from '@/components/dictionary-labels';
import { wordsLang } from '@/components/words-lang';
import { shownText } from '@/lib/files/shown-text';
import type { Translate } from '@/lib/i18n/translate';
import type { ReadingDisagreement } from '@/lib/records/batch';
import '@/components/ui/Table.css';

type Label = NonNullable<ReadingDisagreement['sent']>;

/**
 * Where the coordinator's dictionary reads an imported batch's words otherwise than the batch's detections: each ad,
 * the words, what the batch says and what this dictionary reads. The batch's records stay as signed.
 */
export function ReadingTable({
  reading,
  of,
  t,
}: {
  reading: readonly ReadingDisagreement[];
  /** The id of what the table is about (the file's name): its words come first in the table's name. */
  of: string;
  t: Translate;
}) {
  const captionId = useId();
  const label = ({ label, appendix, euAnnex }: Label) =>
    [shownText(label), appendixTag(appendix, t), euAnnex === 'none' ? undefined : t('flagEuAnnexShort', euAnnex)]
      .filter(Boolean)
      .join(' · ');
  return (
    <TableScroll label={t('batchReading')} labelledBy={`${of} ${captionId}`}>
      <table className="table">
        <caption id={captionId}>{t('batchReading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('batchColAd')}</th>
            <th scope="col">{t('batchColWords')}</th>
            <th scope="col">{t('batchColBatchSays')}</th>
            <th scope="col">{t('batchColYourReading')}</th>
          </tr>
        </thead>
        <tbody>
          {reading.map((row) => (
            <tr key={`${row.observationId}-${row.entryId}-${row.kind}`}>
              <td className="break">{shownText(row.canonicalUrl)}</td>
              <td lang={wordsLang([row.pageLang], t('uiLocale'))}>{row.matched.map(shownText).join(', ')}</td>
              <td>{row.sent ? label(row.sent) : t('batchReadingLeftOut')}</td>
              <td>
                {!row.read
                  ? t('batchReadingNothing')
                  : row.kind === 'needs-context'
                    ? t('batchReadingNeedsContext', label(row.read))
                    : label(row.read)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
