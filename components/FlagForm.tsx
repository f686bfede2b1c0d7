import { useState, type FormEvent } from 'react';
import type { SendToBackground } from '@/lib/messaging/protocol';
import { IntentSchema, SuspicionSchema, type Flag } from '@/lib/records/flag';
import { MAX_FIELD_CHARS } from '@/lib/records/limits';
import { editFromForm, formFromFlag, type FlagFormValues } from './flag-form-values';
import { useT } from './i18n';
import { Button } from './ui/Button';
import { Check, Field } from './ui/Field';
import { Notice } from './ui/Notice';

const INTENT_LABELS = { selling: 'flagIntentSelling', wanted: 'flagIntentWanted', other: 'flagIntentOther' } as const;
const SUSPICION_LABELS = { low: 'flagSuspicionLow', medium: 'flagSuspicionMedium', high: 'flagSuspicionHigh' } as const;

export interface FlagFormProps {
  flag: Flag;
  onSaved(flag: Flag): void;
  send: SendToBackground;
  /** Where the form replaces another view (the popup): a button back to it. */
  onDone?(): void;
}

/** The taxa Spoor detected in any observation, by their dictionary label: offered as checkboxes to confirm. */
function detectedTaxa(flag: Flag): string[] {
  return [
    ...new Set(flag.observations.flatMap((o) => o.detected.filter((d) => d.kind === 'taxon').map((d) => d.label))),
  ];
}

/**
 * Corrects the ad's fields and records the researcher's assessment, in two
 * columns of labelled fields. Saves through the background, which logs every
 * changed field in the audit trail. No field takes more than an import accepts (MAX_FIELD_CHARS).
 */
export function FlagForm({ flag, onSaved, send, onDone }: FlagFormProps) {
  const t = useT();
  const offered = detectedTaxa(flag);
  const [form, setForm] = useState<FlagFormValues>(() => formFromFlag(flag, offered));
  const [status, setStatus] = useState<{ saving?: boolean; saved?: boolean; error?: string }>({});
  // Problems show once the researcher tried to save, not while they type.
  const [checked, setChecked] = useState(false);
  const set = (field: keyof FlagFormValues) => (event: { target: { value: string } }) =>
    setForm({ ...form, [field]: event.target.value });
  const toggleTaxon = (taxon: string) =>
    setForm({
      ...form,
      confirmed: form.confirmed.includes(taxon)
        ? form.confirmed.filter((other) => other !== taxon)
        : [...form.confirmed, taxon],
    });

  const edit = editFromForm(form);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if ('problem' in edit) return setStatus({});
    setStatus({ saving: true });
    try {
      onSaved(await send('flag/edit', { flagId: flag.id, edit: edit.edit }));
      setStatus({ saved: true });
    } catch (error) {
      setStatus({ error: t('flagSaveFailed', error instanceof Error ? error.message : String(error)) });
    }
  };
  const problem = 'problem' in edit && edit.problem;
  const error = (field: string) =>
    checked && problem && problem.field === field
      ? problem.field === 'tradeTerms'
        ? t('flagBadTradeTerms', problem.detail)
        : problem.field === 'currency'
          ? t('flagNeedCurrency')
          : t('flagBadAmount')
      : undefined;

  return (
    <form
      onSubmit={(event) => void save(event)}
      aria-label={t('flagFormLabel')}
      className="form-grid flag-form"
      noValidate
    >
      <Field label={t('flagFieldTitle')} wide>
        <input value={form.title} onChange={set('title')} maxLength={MAX_FIELD_CHARS} />
      </Field>
      <Field label={t('flagFieldPrice')} error={error('amount')}>
        <input inputMode="decimal" value={form.amount} onChange={set('amount')} />
      </Field>
      <Field label={t('flagFieldCurrency')} hint={t('flagCurrencyHint')} error={error('currency')}>
        <input value={form.currency} onChange={set('currency')} maxLength={3} autoCapitalize="characters" />
      </Field>
      {flag.ad.price?.currencyInferred && form.currency === flag.ad.price.currency && (
        <p className="hint form-grid__wide">{t('flagCurrencyInferred')}</p>
      )}
      <Field label={t('flagFieldLocation')}>
        <input value={form.location} onChange={set('location')} maxLength={MAX_FIELD_CHARS} />
      </Field>
      <Field label={t('flagFieldSpecimens')}>
        <input type="number" min={0} value={form.specimens} onChange={set('specimens')} />
      </Field>
      <Field label={t('flagFieldIntent')}>
        <select value={form.intent} onChange={set('intent')}>
          {IntentSchema.options.map((o) => (
            <option key={o} value={o}>
              {t(INTENT_LABELS[o])}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('flagFieldSuspicion')}>
        <select value={form.suspicion} onChange={set('suspicion')}>
          {SuspicionSchema.options.map((o) => (
            <option key={o} value={o}>
              {t(SUSPICION_LABELS[o])}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('flagFieldTradeTerms')} error={error('tradeTerms')}>
        <input value={form.tradeTerms} onChange={set('tradeTerms')} maxLength={MAX_FIELD_CHARS} />
      </Field>
      <Field label={t('flagFieldPaperwork')}>
        <input value={form.paperwork} onChange={set('paperwork')} maxLength={MAX_FIELD_CHARS} />
      </Field>
      {offered.length > 0 && (
        <fieldset className="form-grid__wide flag-form__taxa">
          <legend>{t('flagConfirmedSpecies')}</legend>
          {offered.map((taxon) => (
            <Check key={taxon} checked={form.confirmed.includes(taxon)} onChange={() => toggleTaxon(taxon)}>
              <i>{taxon}</i>
            </Check>
          ))}
        </fieldset>
      )}
      <Field label={t('flagOtherSpecies')} wide>
        <input value={form.otherTaxa} onChange={set('otherTaxa')} maxLength={MAX_FIELD_CHARS} />
      </Field>
      <Field label={t('flagFieldTags')} wide>
        <input value={form.tags} onChange={set('tags')} maxLength={MAX_FIELD_CHARS} />
      </Field>
      <Field label={t('flagFieldNotes')} wide>
        <textarea value={form.notes} onChange={set('notes')} rows={3} maxLength={MAX_FIELD_CHARS} />
      </Field>
      <div className="form-grid__wide cluster">
        <Button type="submit" variant="primary" disabled={status.saving}>
          {status.saving ? t('flagSaving') : t('flagSaveChanges')}
        </Button>
        {onDone && <Button onClick={onDone}>{t('flagDoneEditing')}</Button>}
      </div>
      {status.saved && (
        <Notice tone="success" className="form-grid__wide">
          {t('flagChangesSaved')}
        </Notice>
      )}
      {status.error && (
        <Notice tone="error" className="form-grid__wide">
          {status.error}
        </Notice>
      )}
    </form>
  );
}
