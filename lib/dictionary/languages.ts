import type { Lang } from '@/lib/dictionary/schema';

type CommonNameLang = Exclude<Lang, 'la'>;

/**
 * Short function words that mark a text's language: the matcher's own language guess for a few words around a
 * match, used only for the terms in `LANGUAGE_BOUND_TERMS`. Authored for Spoor; words two languages share
 * ("de", "la", "en", "a") are left out.
 */
export const STOP_WORDS: Record<CommonNameLang, string> = {
  en: 'the and of with for this that is are was from your our which',
  fr: 'le les des une est avec pour dans sur qui que du au aux ce cette sont',
  de: 'der die das und mit ist für nicht ein eine auf dem den zu von sich auch',
  nl: 'het een van en met voor niet zijn op dat deze wordt ook bij naar',
  es: 'el los las del con para por una es que y su sus está son muy',
  it: 'il gli della delle con per una è che di sono nel nella degli anche',
  pl: 'i w z na się do że jest nie dla od jak po oraz przez',
  ru: 'и в на с не что это для по от как из или все так',
};

/**
 * Common names that are also everyday words of another of the eight languages once accents are folded: they
 * match only where the words around them are in one of the name's own languages (or give no sign of any).
 * Spanish "loro" is Italian 'their'; German "Störe" folds like English "store"; the checklist's English "Ora"
 * (Komodo dragon) is Italian 'now', "Elk" Dutch 'each'; its Spanish "Cui" is Italian 'which'; its French
 * "Once" (snow leopard) and "Patas" are English 'once' and Spanish 'legs'.
 */
export const LANGUAGE_BOUND_TERMS: { terms: string[]; langs: CommonNameLang[] }[] = [
  { terms: ['loro'], langs: ['es'] },
  { terms: ['Stör', 'Störe'], langs: ['de'] },
  { terms: ['Ora', 'Elk'], langs: ['en'] },
  { terms: ['Cui'], langs: ['es'] },
  { terms: ['Once', 'Patas'], langs: ['fr'] },
];
