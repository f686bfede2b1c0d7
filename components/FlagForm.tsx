import { useState, type FormEvent } from 'react';
import type { SendToBackground } from '@/lib/messaging/protocol';
import { IntentSchema, SuspicionSchema, type Flag, type FlagEdit } from '@/lib/records/flag';
import { useT } from '@/components/i18n';

const INTENT_LABELS = { selling: 'flagIntentSelling', wanted: 'flagIntentWanted', other: 'flagIntentOther' } as const;
const SUSPICION_LABELS = { low: 'flagSuspicionLow', medium: 'flagSuspicionMedium', high: 'flagSuspicionHigh' } as const;

export interface FlagFormProps {
  flag: Flag;
  onSaved(flag: Flag): void;
  send: SendToBackground;
}

/** Comma-separated text ⇄ a list of trimmed, non-empty items. */
const splitList = (text: string) =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** The taxa Spoor detected in any observation, by their dictionary label: offered as checkboxes to confirm. */
function detectedTaxa(flag: Flag): string[] {
  return [
    ...new Set(flag.observations.flatMap((o) => o.detected.filter((d) => d.kind === 'taxon').map((d) => d.label))),
  ];
}

/**
 * Corrects the ad's fields and records the researcher's assessment. Saves
 * through the background, which logs every changed field in the audit trail.
 */
export function FlagForm({ flag, onSaved, send }: FlagFormProps) {
  const t = useT();
  const offered = detectedTaxa(flag);
  const [form, setForm] = useState(() => ({
    title: flag.ad.title ?? '',
    amount: flag.ad.price ? String(flag.ad.price.amount) : '',
    // No price, no currency: a currency shown for an ad without a price would be made up.
    currency: flag.ad.price?.currency ?? '',
    location: flag.ad.location ?? '',
    confirmed: flag.assessment.confirmedTaxa.filter((taxon) => offered.includes(taxon)),
    otherTaxa: flag.assessment.confirmedTaxa.filter((taxon) => !offered.includes(taxon)).join(', '),
    specimens: flag.assessment.specimens === undefined ? '' : String(flag.assessment.specimens),
    tradeTerms: flag.assessment.tradeTerms.join(', '),
    intent: flag.assessment.intent,
    paperwork: flag.assessment.paperwork,
    suspicion: flag.assessment.suspicion,
    tags: flag.assessment.tags.join(', '),
    notes: flag.assessment.notes,
  }));
  const [status, setStatus] = useState<{ saving?: boolean; saved?: boolean; error?: string }>({});
  const set = (field: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm({ ...form, [field]: event.target.value });

  const toggleTaxon = (taxon: string) =>
    setForm({
      ...form,
      confirmed: form.confirmed.includes(taxon)
        ? form.confirmed.filter((other) => other !== taxon)
        : [...form.confirmed, taxon],
    });

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const badCodes = splitList(form.tradeTerms.toUpperCase()).filter((code) => !/^[A-Z]{3}$/.test(code));
    if (badCodes.length) return setStatus({ error: t('flagBadTradeTerms', badCodes.join(', ')) });
    if (form.amount.trim() && !/^[A-Za-z]{3}$/.test(form.currency.trim()))
      return setStatus({ error: t('flagCurrencyNeeded') });
    setStatus({ saving: true });
    try {
      onSaved(await send('flag/edit', { flagId: flag.id, edit: toEdit(form) }));
      setStatus({ saved: true });
    } catch (error) {
      setStatus({ error: t('flagSaveFailed', error instanceof Error ? error.message : String(error)) });
    }
  };

  return (
    <form onSubmit={save} aria-label={t('flagFormLabel')}>
      <label>
        {t('flagFieldTitle')} <input value={form.title} onChange={set('title')} />
      </label>
      <label>
        {t('flagFieldPrice')} <input inputMode="decimal" value={form.amount} onChange={set('amount')} />
      </label>
      <label>
        {t('flagFieldCurrency')} <input value={form.currency} onChange={set('currency')} maxLength={3} size={4} />
      </label>
      {flag.ad.price?.currencyInferred && form.currency === flag.ad.price.currency && (
        <p>{t('flagCurrencyInferred')}</p>
      )}
      <label>
        {t('flagFieldLocation')} <input value={form.location} onChange={set('location')} />
      </label>
      <fieldset>
        <legend>{t('flagConfirmedSpecies')}</legend>
        {offered.map((taxon) => (
          <label key={taxon}>
            <input type="checkbox" checked={form.confirmed.includes(taxon)} onChange={() => toggleTaxon(taxon)} />{' '}
            {taxon}
          </label>
        ))}
        <label>
          {t('flagOtherSpecies')} <input value={form.otherTaxa} onChange={set('otherTaxa')} />
        </label>
      </fieldset>
      <label>
        {t('flagFieldSpecimens')} <input type="number" min={0} value={form.specimens} onChange={set('specimens')} />
      </label>
      <label>
        {t('flagFieldTradeTerms')} <input value={form.tradeTerms} onChange={set('tradeTerms')} />
      </label>
      <label>
        {t('flagFieldIntent')}{' '}
        <select value={form.intent} onChange={set('intent')}>
          {IntentSchema.options.map((o) => (
            <option key={o} value={o}>
              {t(INTENT_LABELS[o])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('flagFieldPaperwork')} <input value={form.paperwork} onChange={set('paperwork')} />
      </label>
      <label>
        {t('flagFieldSuspicion')}{' '}
        <select value={form.suspicion} onChange={set('suspicion')}>
          {SuspicionSchema.options.map((o) => (
            <option key={o} value={o}>
              {t(SUSPICION_LABELS[o])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('flagFieldTags')} <input value={form.tags} onChange={set('tags')} />
      </label>
      <label>
        {t('flagFieldNotes')} <textarea value={form.notes} onChange={set('notes')} />
      </label>
      <button type="submit" disabled={status.saving}>
        {status.saving ? t('flagSaving') : t('flagSaveChanges')}
      </button>
      {status.saved && <p role="status">{t('flagChangesSaved')}</p>}
      {status.error && <p role="alert">{status.error}</p>}
    </form>
  );
}

type FormState = {
  [
    K in
      | 'title'
      | 'amount'
      | 'currency'
      | 'location'
      | 'otherTaxa'
      | 'specimens'
      | 'tradeTerms'
      | 'intent'
      | 'paperwork'
      | 'suspicion'
      | 'tags'
      | 'notes'
  ]: string;
} & { confirmed: string[] };

/** The form as an edit; fields left empty are not sent (they never erase what the page gave). */
function toEdit(form: FormState): FlagEdit {
  const amount = Number(form.amount.replace(',', '.'));
  const specimens = Number.parseInt(form.specimens, 10);
  return {
    ad: {
      ...(form.title.trim() && { title: form.title.trim() }),
      ...(form.location.trim() && { location: form.location.trim() }),
      ...(form.amount.trim() &&
        Number.isFinite(amount) && { price: { amount, currency: form.currency.trim().toUpperCase() } }),
    },
    assessment: {
      confirmedTaxa: [...new Set([...form.confirmed, ...splitList(form.otherTaxa)])],
      ...(Number.isInteger(specimens) && specimens >= 0 && { specimens }),
      tradeTerms: splitList(form.tradeTerms.toUpperCase()),
      intent: IntentSchema.parse(form.intent),
      paperwork: form.paperwork.trim(),
      suspicion: SuspicionSchema.parse(form.suspicion),
      tags: splitList(form.tags),
      notes: form.notes,
    },
  };
}
