import { wordsPattern } from './text';

/**
 * Words naming what is traded, mapped to CITES Trade Database term codes (the vocabulary of
 * permits and seizure records). Stems cover EN DE FR NL ES IT PL RU.
 */
const TERMS: ReadonlyArray<[code: string, words: RegExp]> = [
  ['LIV', wordsPattern(['live', 'alive', 'living', 'lebend', 'lebende', 'lebendes', 'vivant', 'vivante', 'vivants', 'levend', 'levende', 'vivo', 'viva', 'vivos', 'żywy', 'żywa', 'żywe', 'живой', 'живая', 'живые', 'живых'])],
  ['SKI', wordsPattern(['skin', 'skins', 'pelt', 'pelts', 'hide', 'hides', 'Felle', 'Haut', 'Häute', 'peau', 'peaux', 'huid', 'huiden', 'piel', 'pieles', 'skóra', 'skóry', 'шкура', 'шкуры', 'шкур', 'шкуру'])],
  ['SKI', wordsPattern(['Fell'], 'u')], // capitalised only: "fell" is an English verb
  ['TUS', wordsPattern(['tusk', 'tusks', 'Stoßzahn', 'Stosszahn', 'Stoßzähne', 'défense', 'défenses', 'slagtand', 'slagtanden', 'colmillo', 'colmillos', 'zanna', 'zanne', 'kieł', 'kły', 'бивень', 'бивни', 'бивня'])],
  ['HOR', wordsPattern(['horn', 'horns', 'Hörner', 'corne', 'cornes', 'hoorn', 'hoorns', 'cuerno', 'cuernos', 'corno', 'corna', 'róg', 'rogi', 'рог', 'рога', 'рогов'])],
  ['SCA', wordsPattern(['scales', 'Schuppen', 'écailles', 'schubben', 'escamas', 'squame', 'łuski', 'чешуя', 'чешуйки'])],
  ['CAP', wordsPattern(['carapace', 'carapaces', 'tortoiseshell', 'tortoise shell', 'Schildpatt', 'écaille de tortue', 'caparazón', 'carey', 'karapaks', 'панцирь'])],
  ['SHE', wordsPattern(['shell', 'shells', 'seashell', 'Muschel', 'Muscheln', 'coquillage', 'coquillages', 'schelp', 'schelpen', 'concha', 'conchas', 'conchiglia', 'muszla', 'раковина', 'ракушка'])],
  ['EGG', wordsPattern(['egg', 'eggs', 'Eier', 'œuf', 'œufs', 'oeuf', 'oeufs', 'eieren', 'huevo', 'huevos', 'uovo', 'uova', 'jaja', 'jajo', 'яйцо', 'яйца'])],
  ['MEA', wordsPattern(['meat', 'bushmeat', 'Fleisch', 'viande', 'vlees', 'carne', 'mięso', 'мясо'])],
  ['TEE', wordsPattern(['tooth', 'teeth', 'Zahn', 'Zähne', 'dents', 'tand', 'tanden', 'diente', 'dientes', 'dente', 'denti', 'ząb', 'zęby', 'зуб', 'зубы', 'клык', 'клыки'])],
  ['CLA', wordsPattern(['claw', 'claws', 'Kralle', 'Krallen', 'griffe', 'griffes', 'klauw', 'klauwen', 'garra', 'garras', 'artiglio', 'artigli', 'pazur', 'pazury', 'коготь', 'когти'])],
  ['FEA', wordsPattern(['feather', 'feathers', 'Federn', 'plume', 'plumes', 'veren', 'plumas', 'piume', 'pióra', 'перья'])],
  ['SKU', wordsPattern(['skull', 'skulls', 'Schädel', 'crâne', 'schedel', 'cráneo', 'cranio', 'czaszka', 'череп'])],
  ['TRO', wordsPattern(['trophy', 'trophies', 'Trophäe', 'trophée', 'trofee', 'trofeo', 'trofeum', 'трофей'])],
  ['BOD', wordsPattern(['taxidermy', 'stuffed', 'ausgestopft', 'Präparat', 'naturalisé', 'naturalisée', 'opgezet', 'disecado', 'impagliato', 'wypchany', 'чучело'])],
  ['CAV', wordsPattern(['caviar', 'Kaviar', 'kaviaar', 'caviale', 'kawior', 'икра'])],
  ['FIN', wordsPattern(['shark fin', 'shark fins', 'Haifischflosse', 'Haifischflossen', 'aileron de requin', 'haaienvin', 'aleta de tiburón', 'pinna di squalo', 'плавник'])],
  ['LEA', wordsPattern(['leather', 'Leder', 'cuir', 'cuero', 'pelle', 'skórzany', 'кожа'])],
];

const IVORY = wordsPattern(['ivory', 'Elfenbein', 'ivoire', 'ivoor', 'marfil', 'avorio', 'kość słoniowa', 'слоновая кость', 'слоновой кости']);
const CARVING = wordsPattern(['carving', 'carvings', 'carved', 'figurine', 'netsuke', 'okimono', 'statue', 'statuette', 'sculpture', 'Schnitzerei', 'geschnitzt', 'Skulptur', 'sculpté', 'sculptée', 'snijwerk', 'beeldje', 'talla', 'tallado', 'scultura', 'rzeźba', 'figurka', 'резьба', 'резной', 'фигурка', 'статуэтка']);

/**
 * CITES trade term codes guessed from the ad's words, for the researcher to confirm: carvings
 * are ivory (IVC) or horn (HOC) carvings when those materials are named, else CAR.
 * @example guessTradeTerms('Carved ivory netsuke, pre-1947') // ['IVC']
 */
export function guessTradeTerms(text: string): string[] {
  const sample = text.slice(0, 20_000);
  const codes = new Set(TERMS.filter(([, words]) => words.test(sample)).map(([code]) => code));
  if (CARVING.test(sample)) {
    if (IVORY.test(sample)) codes.add('IVC');
    else if (codes.has('HOR')) codes.add('HOC');
    else codes.add('CAR');
  }
  return [...codes];
}
