import { describe, expect, it } from 'vitest';
import { editFromForm, type FlagFormValues } from '@/components/flag-form-values';

const values: FlagFormValues = {
  title: ' Netsuke ',
  amount: '',
  currency: '',
  location: '',
  confirmed: [],
  otherTaxa: '',
  specimens: '',
  tradeTerms: 'car, ivc',
  intent: 'selling',
  paperwork: '',
  suspicion: 'medium',
  tags: '',
  notes: '',
};

describe('the flag form as an edit', () => {
  it('sends no price when none was given: nothing is invented', () => {
    const result = editFromForm(values);
    expect(result).toMatchObject({ edit: { ad: { title: 'Netsuke' }, assessment: { tradeTerms: ['CAR', 'IVC'] } } });
    expect('edit' in result && result.edit.ad).not.toHaveProperty('price');
  });

  it.each([
    [{ amount: '1200', currency: 'pln' }, { edit: { ad: { price: { amount: 1200, currency: 'PLN' } } } }],
    [{ amount: '12,5', currency: 'EUR' }, { edit: { ad: { price: { amount: 12.5, currency: 'EUR' } } } }],
    [{ amount: '1200', currency: '' }, { problem: { field: 'currency' } }],
    [{ amount: '1200', currency: 'euro' }, { problem: { field: 'currency' } }],
    [{ amount: '-5', currency: 'EUR' }, { problem: { field: 'amount' } }],
    [{ amount: '1e309', currency: 'EUR' }, { problem: { field: 'amount' } }],
    [{ tradeTerms: 'CAR, ivory' }, { problem: { field: 'tradeTerms', detail: 'IVORY' } }],
  ])('%o → %o', (change, expected) => {
    expect(editFromForm({ ...values, ...change })).toMatchObject(expected);
  });
});
