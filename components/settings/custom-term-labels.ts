import type { MessageKey } from '@/lib/i18n/translate';
import type { MatchMode, TradeGroup } from '@/lib/dictionary/schema';

export const KIND_LABELS: Record<'taxon' | 'trade' | 'code', MessageKey> = {
  taxon: 'customTermKindTaxon',
  trade: 'customTermKindTrade',
  code: 'customTermKindCode',
};

export const MATCH_LABELS: Record<MatchMode, MessageKey> = {
  word: 'customTermMatchWord',
  prefix: 'customTermMatchPrefix',
  suffix: 'customTermMatchSuffix',
  compound: 'customTermMatchCompound',
};

export const GROUP_LABELS: Record<TradeGroup, MessageKey> = {
  reptiles: 'groupReptiles',
  amphibians: 'groupAmphibians',
  birds: 'groupBirds',
  elephants: 'groupElephants',
  'big-cats': 'groupBigCats',
  primates: 'groupPrimates',
  bears: 'groupBears',
  rhinos: 'groupRhinos',
  pangolins: 'groupPangolins',
  'other-mammals': 'groupOtherMammals',
  'marine-turtles': 'groupMarineTurtles',
  fish: 'groupFish',
  corals: 'groupCorals',
  invertebrates: 'groupInvertebrates',
  plants: 'groupPlants',
  timber: 'groupTimber',
};

/**
 * A language's name in the UI language ("la" is Latin, for scientific names).
 * @example languageName('de', 'fr') // 'allemand'
 */
export function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
