import type { Appendix } from '@/lib/dictionary/schema';
import { categoryOf } from '@/lib/matching/entries';
import type { Category } from '@/lib/matching/types';
import type { MessageKey, Translate } from '@/lib/i18n/translate';

/**
 * The message key of a bundled trade term's label: `tradeTerm_` and its id
 * with underscores (message keys allow no hyphens).
 * @example tradeTermKey('ivory-carving') // 'tradeTerm_ivory_carving'
 */
export const tradeTermKey = (id: string): MessageKey => `tradeTerm_${id.replaceAll('-', '_')}` as MessageKey;

/**
 * How a detected entry is named in the UI language: a trade term or code word
 * by its translated label where the messages have one (the researcher's own
 * terms keep the label they gave), a taxon by its scientific name, which is
 * never translated.
 * @example entryLabel({ entryId: 'ivory', kind: 'trade', label: 'Ivory' }, frenchT) // 'Ivoire'
 */
export function entryLabel(entry: { entryId: string; kind: string; label: string }, t: Translate): string {
  if (entry.kind === 'taxon') return entry.label;
  const key = tradeTermKey(entry.entryId);
  const translated = t(key);
  return translated === key ? entry.label : translated;
}

/**
 * An Appendix as a short tag text: "App. I", "not listed".
 * @example appendixTag('I/II', englishT) // 'App. I/II'
 */
export const appendixTag = (appendix: Appendix, t: Translate): string =>
  appendix === 'nc' ? t('detectNotListed') : t('flagAppendixShort', appendix);

/** The highlight colour an Appendix is shown in: its strictest part ("I/II" is I). */
export const appendixCategory = (appendix: Appendix): Category => categoryOf(appendix);
