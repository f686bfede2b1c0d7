import type { ReportEntry } from '@/lib/detect/report';

/** What a page's scan counted of an entry, and how it was written there: the rest is the entry's own. */
type Seen = Pick<ReportEntry, 'count' | 'matched' | 'langs'> & Partial<ReportEntry>;

/** The report's entry for the grey parrot, a taxon of Appendix I, as a page named it. */
export const parrotEntry = (seen: Seen): ReportEntry => ({
  entryId: 'psittacus-erithacus',
  kind: 'taxon',
  label: 'Psittacus erithacus',
  appendix: 'I',
  euAnnex: 'A',
  taxa: ['psittacus-erithacus'],
  category: 'app-i',
  ...seen,
});

/** The report's entry for the trade term ivory, as a page named it. */
export const ivoryEntry = (seen: Seen): ReportEntry => ({
  entryId: 'ivory',
  kind: 'trade',
  label: 'Ivory',
  appendix: 'I/II',
  euAnnex: 'A/B',
  taxa: ['loxodonta-africana'],
  category: 'trade',
  ...seen,
});
