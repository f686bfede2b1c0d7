import type { ActiveStatus } from '@/lib/dictionary/status';

const SOURCE_LABELS: Record<ActiveStatus['source'], string> = {
  bundled: 'Spoor’s bundled list',
  'cites-checklist': 'Imported CITES Checklist',
  speciesplus: 'Imported Species+ listings',
};

/** Which species list is active, its date and size. */
export function DictionaryStatus({ status }: { status: ActiveStatus }) {
  const { counts } = status;
  return (
    <p data-testid="dictionary-status">
      Active list: <strong>{SOURCE_LABELS[status.source]}</strong>
      {status.fileName ? ` (${status.fileName})` : ''}, listings as of {status.listingsAsOf}:{' '}
      {counts.taxa.toLocaleString('en')} taxa, {counts.names.toLocaleString('en')} common names,{' '}
      {counts.synonyms.toLocaleString('en')} synonyms, {counts.tradeTerms.toLocaleString('en')} trade terms.
    </p>
  );
}
