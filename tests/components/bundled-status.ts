import type { ActiveStatus } from '@/lib/active-dictionary/status';

/** The active dictionary's status as the settings pages read it: the bundled one, never swapped for a checklist. */
export const BUNDLED: ActiveStatus = {
  source: 'bundled',
  listingsAsOf: '2023-02-23',
  activatedAt: '',
  counts: { taxa: 1, names: 1, synonyms: 0, tradeTerms: 0 },
  storedChars: 1,
};
