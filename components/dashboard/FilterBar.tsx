import { useT } from '@/components/i18n';
import type { MessageKey } from '@/lib/i18n/translate';
import { Button } from '@/components/ui/Button';
import { Field } from '@/components/ui/Field';
import { AppendixSchema, EuAnnexSchema } from '@/lib/dictionary/schema';
import { IntentSchema, StatusSchema } from '@/lib/records/flag';
import { ANY, type ArchiveFilter, type FilterChoices } from '@/lib/dashboard/query';
import { countryName } from '@/lib/i18n/names';
import { intentLabel, statusLabel } from './labels';
import './dashboard.css';

export interface FilterBarProps {
  filter: ArchiveFilter;
  choices: FilterChoices;
  onChange(filter: ArchiveFilter): void;
  /** How a batch id reads in the menu (its label), where known. */
  batchName?(id: string): string;
}

type Option = { value: string; label: string };
const plain = (values: readonly string[]): Option[] => values.map((value) => ({ value, label: value }));

/** Search box, capture date range and one menu per field; every menu starts at "any". */
export function FilterBar({ filter, choices, onChange, batchName = (id) => id }: FilterBarProps) {
  const t = useT();
  const locale = t('uiLocale');
  const set = (field: keyof ArchiveFilter) => (event: { target: { value: string } }) =>
    onChange({ ...filter, [field]: event.target.value });
  const menus: Array<[keyof ArchiveFilter, MessageKey, Option[]]> = [
    ['platform', 'dashColPlatform', plain(choices.platforms)],
    ['country', 'dashColCountry', choices.countries.map((value) => ({ value, label: countryName(value, locale) }))],
    ['taxon', 'dashFilterTaxon', plain(choices.taxa)],
    [
      'appendix',
      'dashFilterAppendix',
      AppendixSchema.options.map((value) => ({ value, label: value === 'nc' ? t('dashNotListed') : value })),
    ],
    ['annex', 'dashFilterAnnex', plain(EuAnnexSchema.options.filter((annex) => annex !== 'none'))],
    ['intent', 'dashColIntent', IntentSchema.options.map((value) => ({ value, label: intentLabel(t, value) }))],
    [
      'status',
      'dashColStatus',
      [...StatusSchema.options, 'exported' as const].map((value) => ({ value, label: statusLabel(t, value) })),
    ],
    ['batch', 'dashFilterBatch', choices.batches.map((value) => ({ value, label: batchName(value) }))],
  ];
  return (
    <div role="search" aria-label={t('dashFilters')} className="filters">
      <Field label={t('dashSearch')} className="filters__search">
        <input type="search" value={filter.text} onChange={set('text')} placeholder={t('dashSearchHint')} />
      </Field>
      <Field label={t('dashFilterFrom')}>
        <input type="date" value={filter.from} onChange={set('from')} />
      </Field>
      <Field label={t('dashFilterTo')}>
        <input type="date" value={filter.to} onChange={set('to')} />
      </Field>
      {menus.map(([field, title, options]) => (
        <Field key={field} label={t(title)}>
          <select value={filter[field]} onChange={set(field)}>
            <option value="">{t('dashAny')}</option>
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </Field>
      ))}
      <Button variant="quiet" onClick={() => onChange(ANY)}>
        {t('dashClearFilters')}
      </Button>
    </div>
  );
}
