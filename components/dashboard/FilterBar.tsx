import { useT } from '@/components/i18n';
import { type MessageKey } from '@/lib/i18n/translate';
import { AppendixSchema, EuAnnexSchema } from '@/lib/dictionary/schema';
import { IntentSchema, StatusSchema } from '@/lib/records/flag';
import { ANY, type ArchiveFilter, type FilterChoices } from '@/lib/dashboard/query';
import { intentLabel, statusLabel } from './labels';

export interface FilterBarProps {
  filter: ArchiveFilter;
  choices: FilterChoices;
  onChange(filter: ArchiveFilter): void;
}

type Option = { value: string; label: string };
const plain = (values: readonly string[]): Option[] => values.map((value) => ({ value, label: value }));

/** Search box, capture date range and one menu per field; every menu starts at "any". */
export function FilterBar({ filter, choices, onChange }: FilterBarProps) {
  const t = useT();
  const set = (field: keyof ArchiveFilter) => (event: { target: { value: string } }) =>
    onChange({ ...filter, [field]: event.target.value });
  const menus: Array<[keyof ArchiveFilter, MessageKey, Option[]]> = [
    ['platform', 'dashColPlatform', plain(choices.platforms)],
    ['country', 'dashColCountry', plain(choices.countries)],
    ['taxon', 'dashFilterTaxon', plain(choices.taxa)],
    [
      'appendix',
      'dashFilterAppendix',
      AppendixSchema.options.map((value) => ({ value, label: value === 'nc' ? t('dashNotListed') : value })),
    ],
    ['annex', 'dashFilterAnnex', plain(EuAnnexSchema.options)],
    ['intent', 'dashColIntent', IntentSchema.options.map((value) => ({ value, label: intentLabel(t, value) }))],
    [
      'status',
      'dashColStatus',
      [...StatusSchema.options, 'exported' as const].map((value) => ({ value, label: statusLabel(t, value) })),
    ],
    ['batch', 'dashFilterBatch', plain(choices.batches)],
  ];
  return (
    <div
      role="search"
      aria-label={t('dashFilters')}
      style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'end' }}
    >
      <label>
        {t('dashSearch')}{' '}
        <input type="search" value={filter.text} onChange={set('text')} placeholder={t('dashSearchHint')} size={32} />
      </label>
      <label>
        {t('dashFilterFrom')} <input type="date" value={filter.from} onChange={set('from')} />
      </label>
      <label>
        {t('dashFilterTo')} <input type="date" value={filter.to} onChange={set('to')} />
      </label>
      {menus.map(([field, title, options]) => (
        <label key={field}>
          {t(title)}{' '}
          <select value={filter[field]} onChange={set(field)}>
            <option value="">{t('dashAny')}</option>
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      ))}
      <button type="button" onClick={() => onChange(ANY)}>
        {t('dashClearFilters')}
      </button>
    </div>
  );
}
