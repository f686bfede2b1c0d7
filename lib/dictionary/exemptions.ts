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
  /** For a domesticated form: the listed species whose listing leaves it out (its hover card says so). */
  domesticFormOf?: string;
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
 * Other names the Appendices' own notes leave out of a listing: the domesticated forms of listed species
 * (the notes to Bos gaurus, Bos mutus, Bubalus arnee, Equus africanus, Canis lupus and FELIDAE) and the dingo
 * (the note to Canis lupus). Page text naming one is marked "not listed", never counted. Only scientific names
 * and names that mean the domestic form alone: "dog", "cat" or "donkey" would mark half the web.
 */
export const DOMESTICATED_FORMS: ExemptTaxon[] = [
  {
    scientificName: 'Canis lupus familiaris',
    domesticFormOf: 'Canis lupus',
    names: ['canis lupus familiaris', 'canis familiaris'],
  },
  {
    scientificName: 'Canis lupus dingo',
    names: ['canis lupus dingo', 'canis dingo', 'dingo', 'dingos', 'dingoes', 'dinga', 'dingi', 'динго'],
  },
  {
    scientificName: 'Felis catus',
    domesticFormOf: 'Felidae',
    names: ['felis catus', 'felis silvestris catus', 'felis domesticus'],
  },
  {
    scientificName: 'Bos frontalis',
    domesticFormOf: 'Bos gaurus',
    names: ['bos frontalis', 'bos gaurus frontalis', 'gayal*', 'mithun*', 'gajal*', 'гаял*', 'митан*'],
  },
  {
    scientificName: 'Bos grunniens',
    domesticFormOf: 'Bos mutus',
    names: [
      'bos grunniens',
      'bos mutus grunniens',
      'domestic yak*',
      'yak* domestique*',
      'hausyak*',
      'gedomesticeerde jak*',
      'yak* domestic*',
      'jak* domow*',
      'домашн* як*',
    ],
  },
  {
    scientificName: 'Bubalus bubalis',
    domesticFormOf: 'Bubalus arnee',
    names: [
      'bubalus bubalis',
      'bubalus arnee bubalis',
      'domestic water buffalo*',
      'buffle* domestique*',
      'hauswasserbüffel*',
      'gedomesticeerde waterbuffel*',
      'bufal* domestic*',
      'bawół domowy',
      'bawoły domowe',
      'домашн* буйвол*',
    ],
  },
  {
    scientificName: 'Equus asinus',
    domesticFormOf: 'Equus africanus',
    names: ['equus asinus', 'equus africanus asinus'],
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
  'nierozłączek',
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

/**
 * Group words whose everyday sense is the exempt pet itself: a "periquito" in Spain, a "perruche" in France, a
 * "parakeet" in the United States, a "papużka" in Poland are budgerigars unless said otherwise. Highlighted only
 * where the page names a listed species too, as the other group words are where it names an exempt one.
 */
export const PET_GROUP_WORDS: string[] = [
  'parakeet*',
  'perruche*',
  'sittich*',
  'parkiet*',
  'periquito*',
  'parrocchett*',
  'pappagallin*',
  'papużk*',
  'papużek',
  'попугайчик*',
];
