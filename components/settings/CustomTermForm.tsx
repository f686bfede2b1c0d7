import { useState, type FormEvent } from 'react';
import { useT } from '@/components/i18n';
import type { MessageKey } from '@/lib/i18n/translate';
import { Button } from '@/components/ui/Button';
import { Field, type FieldControl } from '@/components/ui/Field';
import { COMMON_NAME_LANGS, EuAnnexSchema, MatchModeSchema, TradeGroupSchema } from '@/lib/dictionary/schema';
import type { CustomTerm } from '@/lib/dictionary/custom-terms-store';
import { APPENDICES, EMPTY_DRAFT, termFromDraft, type Draft } from './custom-term-draft';
import { GROUP_LABELS, KIND_LABELS, languageName, MATCH_LABELS } from './custom-term-labels';

const FIELD_LABELS: Record<keyof Draft, MessageKey> = {
  text: 'customTermText',
  lang: 'customTermLang',
  kind: 'customTermKind',
  scientificName: 'customTermScientificName',
  appendix: 'customTermAppendix',
  euAnnex: 'customTermEuAnnex',
  group: 'customTermGroup',
  taxa: 'customTermTaxa',
  match: 'customTermMatch',
  exclude: 'customTermExclude',
};

/** The form that adds one custom term; `onAdd` stores it. */
export function CustomTermForm({ onAdd, busy }: { onAdd(term: CustomTerm): void; busy: boolean }) {
  const t = useT();
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [invalid, setInvalid] = useState<(keyof Draft)[]>([]);
  const set =
    <K extends keyof Draft>(field: K) =>
    (event: { target: { value: string } }) =>
      setDraft({ ...draft, [field]: event.target.value as Draft[K] });
  const options = (values: readonly string[], label: (value: string) => string) =>
    values.map((value) => (
      <option key={value} value={value}>
        {label(value)}
      </option>
    ));
  const field = (name: keyof Draft, control: FieldControl, wide = false) => (
    <Field label={t(FIELD_LABELS[name])} wide={wide}>
      {control}
    </Field>
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = termFromDraft(draft, new Date());
    if ('invalid' in result) return setInvalid(result.invalid);
    setInvalid([]);
    setDraft({ ...EMPTY_DRAFT, lang: draft.lang, kind: draft.kind });
    onAdd(result.term);
  };

  return (
    <form onSubmit={submit} aria-label={t('customTermAddHeading')} className="form-grid custom-term-form">
      <h3 className="form-grid__wide">{t('customTermAddHeading')}</h3>
      {field(
        'text',
        <input value={draft.text} onChange={set('text')} required aria-invalid={invalid.includes('text')} />,
      )}
      {field(
        'lang',
        <select value={draft.lang} onChange={set('lang')}>
          {options([...COMMON_NAME_LANGS, 'la'], (lang) => languageName(lang, t('uiLocale')))}
        </select>,
      )}
      {field(
        'kind',
        <select value={draft.kind} onChange={set('kind')}>
          {options(['taxon', 'trade', 'code'], (kind) => t(KIND_LABELS[kind as Draft['kind']]))}
        </select>,
      )}
      {draft.kind === 'taxon' ? (
        <>
          {field(
            'scientificName',
            <input
              value={draft.scientificName}
              onChange={set('scientificName')}
              placeholder="Psittacus erithacus"
              aria-invalid={invalid.includes('scientificName')}
            />,
          )}
          <p className="form-grid__wide muted">{t('customTermKnownTaxonHint')}</p>
          {field(
            'appendix',
            <select value={draft.appendix} onChange={set('appendix')}>
              {options(APPENDICES, (a) => a)}
            </select>,
          )}
          {field(
            'euAnnex',
            <select value={draft.euAnnex} onChange={set('euAnnex')}>
              {options(EuAnnexSchema.options, (a) => (a === 'none' ? t('customTermNoAnnex') : a))}
            </select>,
          )}
          {field(
            'group',
            <select value={draft.group} onChange={set('group')}>
              {options(TradeGroupSchema.options, (g) => t(GROUP_LABELS[g as Draft['group']]))}
            </select>,
          )}
        </>
      ) : (
        field(
          'taxa',
          <textarea
            value={draft.taxa}
            onChange={set('taxa')}
            rows={2}
            placeholder="Loxodonta africana, Elephas maximus"
            aria-invalid={invalid.includes('taxa')}
          />,
          true,
        )
      )}
      {field(
        'match',
        <select value={draft.match} onChange={set('match')}>
          {options(MatchModeSchema.options, (m) => t(MATCH_LABELS[m as Draft['match']]))}
        </select>,
      )}
      {field(
        'exclude',
        <textarea
          value={draft.exclude}
          onChange={set('exclude')}
          rows={2}
          aria-invalid={invalid.includes('exclude')}
        />,
        true,
      )}
      <div className="form-grid__wide cluster">
        <Button type="submit" variant="primary" disabled={busy}>
          {t('customTermAdd')}
        </Button>
      </div>
      {invalid.length > 0 && (
        <p role="alert" className="form-grid__wide field__error">
          {t('customTermInvalid', invalid.map((name) => t(FIELD_LABELS[name])).join(', '))}
        </p>
      )}
    </form>
  );
}
