/**
 * Species that the CITES Appendices leave out although their group is listed: the four Psittaciformes
 * excluded from Appendix II by name (Melopsittacus undulatus, Nymphicus hollandicus, Agapornis roseicollis,
 * Psittacula krameri; see the Appendices' note to PSITTACIFORMES). A page that names only these is about
 * pets that need no permit, so the group words around them ("parrot", "Papagei", "попугай") are not
 * highlighted. Names authored for Spoor in the eight languages; see docs/DICTIONARY.md "Exemptions".
 *
 * Each name is written as words separated by spaces; a trailing `*` makes a word a stem, so one line
 * covers the plural and case forms ("papużk* falist*" is "papużka falista", "papużki faliste"…).
 */
export interface ExemptTaxon {
  scientificName: string;
  names: string[];
}

export const EXEMPT_TAXA: ExemptTaxon[] = [
  {
    scientificName: 'Melopsittacus undulatus',
    names: [
      'melopsittacus',
      'budgerigar*',
      'budgie*',
      'perruch* ondulé*',
      'wellensittich*',
      'grasparkiet*',
      'periquito* australian*',
      'periquito* común*',
      'pappagallin* ondulat*',
      'parrocchett* ondulat*',
      'papużk* falist*',
      'papużek falistych',
      'волнист* попуга*',
      'волнист*',
    ],
  },
  {
    scientificName: 'Nymphicus hollandicus',
    names: [
      'nymphicus',
      'cockatiel*',
      'calopsitt*',
      'nymphensittich*',
      'valkparkiet*',
      'cacatúa* ninfa*',
      'ninfa* australian*',
      'calopsite',
      'nimf* australijsk*',
      'nimfa',
      'nimfy',
      'nimfę',
      'корелл*',
      'нимф* попуга*',
    ],
  },
  {
    scientificName: 'Agapornis roseicollis',
    names: [
      'agapornis roseicollis',
      'rosy-faced lovebird*',
      'rosy faced lovebird*',
      'peach-faced lovebird*',
      'peach faced lovebird*',
      'inséparable* rosegorge*',
      'inséparable* à face rose',
      'rosenköpfchen*',
      'perzikkopje*',
      'perzikkop*',
      'inseparable* de cara rosada',
      'inseparabil* dal collo rosa',
      'inseparabil* roseicollis',
      'nierozłączk* czerwonoczeln*',
      'розовощёк* неразлучник*',
      'розовощек* неразлучник*',
    ],
  },
  {
    scientificName: 'Psittacula krameri',
    names: [
      'psittacula krameri',
      'ring-necked parakeet*',
      'ringnecked parakeet*',
      'rose-ringed parakeet*',
      'indian ringneck*',
      'ringneck*',
      'perruche* à collier',
      'halsbandsittich*',
      'halsbandparkiet*',
      'cotorr* de kramer',
      'parrocchett* dal collare',
      'aleksandrett* obrożn*',
      'ожерелов* попуга*',
      'кольчат* попуга*',
    ],
  },
];

/**
 * Words for the whole group, highlighted only where the page names a listed species too: term texts and
 * stems of the parrot words in the eight languages.
 */
export const EXEMPT_GROUP_WORDS: string[] = [
  'parrot*',
  'parakeet*',
  'lovebird*',
  'cockatoo*',
  'perruche*',
  'perroquet*',
  'inséparable*',
  'cacatoès',
  'papagei*',
  'sittich*',
  'unzertrennlich*',
  'kakadu*',
  'papegaai*',
  'parkiet*',
  'dwergpapegaai*',
  'cotorr*',
  'loro*',
  'periquito*',
  'cacatúa*',
  'inseparable*',
  'pappagall*',
  'parrocchett*',
  'inseparabil*',
  'cacatua*',
  'papug*',
  'papuż*',
  'nierozłączk*',
  'kakadu',
  'попуга*',
  'неразлучник*',
  'какаду',
  'psittaciformes',
  'psittacidae',
  'psittaculidae',
  'agapornis',
  'psittacula',
];
