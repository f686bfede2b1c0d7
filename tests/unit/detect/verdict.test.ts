import { expect, it } from 'vitest';
import { verdictOf } from '@/lib/detect/verdict';

const taxon = (appendix: 'I' | 'II' | 'III' | 'I/II' | 'nc') => ({ kind: 'taxon' as const, appendix });
const trade = (appendix: 'I' | 'I/II' | 'nc') => ({ kind: 'trade' as const, appendix });

it.each([
  ['nothing', [], { taxa: 0, terms: 0 }],
  ['two listed taxa, the strictest I', [taxon('II'), taxon('I')], { taxa: 2, terms: 0, strictest: 'I' }],
  ['a split listing counts as its strictest part', [taxon('I/II')], { taxa: 1, terms: 0, strictest: 'I' }],
  ['trade terms carry the listing of the taxa they imply', [trade('I/II')], { taxa: 0, terms: 1, strictest: 'I' }],
  ['an unlisted taxon is no CITES-listed taxon', [taxon('nc'), taxon('III')], { taxa: 1, terms: 1, strictest: 'III' }],
  ['mammoth ivory: nothing listed at all', [trade('nc')], { taxa: 0, terms: 1 }],
] as const)('%s', (_name, entries, verdict) => {
  expect(verdictOf(entries)).toEqual(verdict);
});
