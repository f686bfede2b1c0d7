import { expect, it } from 'vitest';
import { unknownFields } from '@/lib/records/unknown-fields';

it('names each field the parsed value lacks, at any depth, in lists too', () => {
  const raw = { a: 1, extra: true, list: [{ id: 'x' }, { id: 'y', note: 'n' }], nested: { keep: 1, drop: 2 } };
  const parsed = { a: 1, list: [{ id: 'x' }, { id: 'y' }], nested: { keep: 1 } };
  expect(unknownFields(raw, parsed)).toEqual([['extra'], ['list', 1, 'note'], ['nested', 'drop']]);
});

it('names a field the schema filled in by default as known, and a record of any keys as known', () => {
  expect(unknownFields({ sources: { title: 'dom' } }, { sources: { title: 'dom' }, taxa: {} })).toEqual([]);
});

it('cuts a forged key of a megabyte to 80 characters, since the problem is shown on a page', () => {
  const key = 'k'.repeat(2 ** 20);
  expect(unknownFields({ [key]: 1 }, {})).toEqual([[`${'k'.repeat(80)}…`]]);
});
