import { expect, it } from 'vitest';
import { isoDate } from '@/lib/extract/text';

// A page's structured data dates an ad; a day that does not exist is not kept, so no flag holds a posting date an
// import refuses (tests/unit/import/import-forged-dates.test.ts).
it.each([
  ['2026-03-09', '2026-03-09'],
  ['09.03.2026', '2026-03-09'],
  ['2028-02-29T10:00:00Z', '2028-02-29T10:00:00Z'],
  ['2026-02-30', undefined],
  ['30.02.2026', undefined],
  ['2026-13-01T10:00:00Z', undefined],
])('%j → %j', (written, expected) => {
  expect(isoDate(written)).toBe(expected);
});
