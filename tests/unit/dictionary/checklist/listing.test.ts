import { describe, expect, it } from 'vitest';
import { annexFromAppendix, readListing } from '@/lib/dictionary/checklist/listing';

describe('readListing', () => {
  it.each([
    ['I', 'I', undefined],
    ['II', 'II', undefined],
    ['III', 'III', undefined],
    [' ii ', 'II', undefined],
    ['I/II', 'I/II', 'Split listing: populations or subspecies in Appendices I and II.'],
    ['I/III', 'I/III', 'Split listing: populations or subspecies in Appendices I and III.'],
    ['I/NC', 'I', 'Split listing: populations or subspecies in Appendix I, some not listed.'],
    ['II/NC', 'II', 'Split listing: populations or subspecies in Appendix II, some not listed.'],
    ['I/II/NC', 'I/II', 'Split listing: populations or subspecies in Appendices I and II, some not listed.'],
    ['I/III/NC', 'I/III', 'Split listing: populations or subspecies in Appendices I and III, some not listed.'],
    ['I/II/III/NC', 'I/II', 'Split listing: populations or subspecies in Appendices I, II and III, some not listed.'],
  ])('reads %j as Appendix %s', (value, appendix, splitNote) => {
    expect(readListing(value)).toEqual({ kind: 'listed', appendix, ...(splitNote ? { splitNote } : {}) });
  });

  it.each(['NC', '', '  '])('treats %j as not listed', (value) => {
    expect(readListing(value)).toEqual({ kind: 'unlisted' });
  });

  it.each(['IV', 'I/X', 'Appendix I'])('rejects %j', (value) => {
    expect(readListing(value)).toEqual({ kind: 'invalid', message: `unknown listing '${value}'` });
  });
});

describe('annexFromAppendix', () => {
  it.each([
    ['I', 'A'],
    ['II', 'B'],
    ['III', 'C'],
    ['I/II', 'A/B'],
    ['I/III', 'A'],
    ['II/III', 'B'],
    ['nc', 'none'],
  ] as const)('maps Appendix %s to Annex %s', (appendix, annex) => {
    expect(annexFromAppendix(appendix)).toBe(annex);
  });
});
