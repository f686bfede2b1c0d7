import type { Lang } from '@/lib/dictionary/schema';

type CommonNameLang = Exclude<Lang, 'la'>;

/**
 * Short function words that mark a text's language: the matcher's language guess for the sentence or block around
 * a match (lib/matching/text-language.ts). Authored for Spoor; written as pages write them and compared folded,
 * so a word that folds into a frequent word of another of the eight languages is left out ("się" is German "sie",
 * "że" Dutch "ze", "del" Italian, "les" Spanish): a unit test holds every list to that.
 */
export const STOP_WORDS: Record<CommonNameLang, string> = {
  en: 'the and with for this that are from your our which would have they were there their what about these',
  fr: 'une est avec pour dans sur cette sont pas nous vous ils elles aux ces mais ont leur être été',
  de: 'der das und mit ist für nicht ein eine auf dem den zu von sich auch wird wir oder aber sind',
  nl: 'het een met voor niet zijn op dat deze wordt ook bij naar hebben wij maar heeft hun wat',
  es: 'el los las para por sus está muy donde como más también hay desde este estos cuando',
  it: 'gli della delle per che di sono è e nel nella sul dal degli anche questo questa molto più hanno alla dei',
  pl: 'w z jest dla od jak po oraz przez ale czy jego który która które tylko można bardzo',
  ru: 'и в на с не что это для по от как из или все так он она они был была есть',
};
