import { IntentSchema, SuspicionSchema, type Flag, type FlagEdit } from '@/lib/records/flag';

/** The flag form's fields as typed; lists are comma-separated. */
export interface FlagFormValues {
  title: string;
  amount: string;
  currency: string;
  location: string;
  confirmed: string[];
  otherTaxa: string;
  specimens: string;
  tradeTerms: string;
  intent: string;
  paperwork: string;
  suspicion: string;
  tags: string;
  notes: string;
}

/** Comma-separated text ⇄ a list of trimmed, non-empty items. */
const splitList = (text: string) =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/**
 * The form's starting values. An ad without a price starts with no currency:
 * nothing the page did not say is put in the researcher's mouth.
 */
export function formFromFlag(flag: Flag, offered: readonly string[]): FlagFormValues {
  const { ad, assessment } = flag;
  return {
    title: ad.title ?? '',
    amount: ad.price ? String(ad.price.amount) : '',
    currency: ad.price?.currency ?? '',
    location: ad.location ?? '',
    confirmed: assessment.confirmedTaxa.filter((taxon) => offered.includes(taxon)),
    otherTaxa: assessment.confirmedTaxa.filter((taxon) => !offered.includes(taxon)).join(', '),
    specimens: assessment.specimens === undefined ? '' : String(assessment.specimens),
    tradeTerms: assessment.tradeTerms.join(', '),
    intent: assessment.intent,
    paperwork: assessment.paperwork,
    suspicion: assessment.suspicion,
    tags: assessment.tags.join(', '),
    notes: assessment.notes,
  };
}

export type FormProblem =
  { field: 'tradeTerms'; detail: string } | { field: 'amount'; detail: string } | { field: 'currency'; detail: string };

/**
 * The form as an edit, or the first field that is wrong. Fields left empty
 * are not sent (they never erase what the page gave); a price needs an
 * amount of zero or more and a three-letter currency.
 * @example editFromForm({ ...values, amount: '1200', currency: 'pln' }) // { edit: { ad: { price: { amount: 1200,
 * currency: 'PLN' } }, … } }
 */
export function editFromForm(form: FlagFormValues): { edit: FlagEdit } | { problem: FormProblem } {
  const badCodes = splitList(form.tradeTerms.toUpperCase()).filter((code) => !/^[A-Z]{3}$/.test(code));
  if (badCodes.length) return { problem: { field: 'tradeTerms', detail: badCodes.join(', ') } };
  const amountText = form.amount.trim().replace(',', '.');
  const amount = Number(amountText);
  const currency = form.currency.trim().toUpperCase();
  if (amountText && !(Number.isFinite(amount) && amount >= 0))
    return { problem: { field: 'amount', detail: form.amount } };
  if (amountText && !/^[A-Z]{3}$/.test(currency)) return { problem: { field: 'currency', detail: form.currency } };
  const specimens = Number.parseInt(form.specimens, 10);
  return {
    edit: {
      ad: {
        ...(form.title.trim() && { title: form.title.trim() }),
        ...(form.location.trim() && { location: form.location.trim() }),
        ...(amountText && { price: { amount, currency } }),
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
    },
  };
}
