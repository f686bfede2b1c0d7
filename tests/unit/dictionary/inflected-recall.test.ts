import { expect, it } from 'vitest';
import { loadBundledDictionary } from '@/lib/dictionary/bundled';
import { compileDictionary } from '@/lib/matching/compile';
import { createMatcher } from '@/lib/matching/matcher';

const matcher = createMatcher(compileDictionary(loadBundledDictionary()));

/** The taxa each match of `text` stands for (a trade term stands for its implied taxa). */
function taxaFound(text: string): string[][] {
  return matcher.find(text).map((match) => {
    const taxa = match.terms.flatMap((term) => matcher.entries[matcher.terms[term]!.entry]!.taxa);
    return [text.slice(match.start, match.end), ...new Set(taxa)];
  });
}

it.each([
  ['Sprzedam dwa żółwie mauretańskie z papierami.', 'żółwie mauretańskie', 'testudo-graeca'],
  ['Szukam żółwia mauretańskiego.', 'żółwia mauretańskiego', 'testudo-graeca'],
  ['Akwarium dla pławikonika japońskiego.', 'pławikonika', 'hippocampus'],
  ['Zdjęcie krokodyla różańcowego na farmie.', 'krokodyla różańcowego', 'crocodylus-porosus'],
  ['Słonie afrykańskie w rezerwacie.', 'Słonie afrykańskie', 'loxodonta-africana'],
  ['Продам банку чёрной икры.', 'чёрной икры', 'acipenseriformes'],
  ['Куплю черную икру оптом.', 'черную икру', 'acipenseriformes'],
  ['Бутерброды с чёрной икрой.', 'чёрной икрой', 'acipenseriformes'],
  ['Чёрная икра, 100 г.', 'Чёрная икра', 'acipenseriformes'],
  ['Vends carapace de tortue ancienne.', 'carapace de tortue', 'eretmochelys-imbricata'],
  ['Une tortue Caret sur la plage.', 'tortue Caret', 'eretmochelys-imbricata'],
  ['Olifant gespot bij de rivier.', 'Olifant', 'elephantidae'],
  // The young the live trade sells, compounded in German and Dutch.
  ['Servalkätzchen, 12 Wochen, stubenrein.', 'Servalkätzchen', 'leptailurus-serval'],
  ['Karakalbabys aus Privathaltung.', 'Karakalbabys', 'caracal-caracal'],
  ['Graupapageienküken, handaufgezogen.', 'Graupapageienküken', 'psittacus-erithacus'],
  ['Caracalwelpen te koop.', 'Caracalwelpen', 'caracal-caracal'],
  // A young-animal head is no namesake cue of another sense, as a dog's "welpen" beside the word would be.
  ['Witte tijgerwelpen, papieren van de fokker.', 'tijgerwelpen', 'panthera-tigris'],
  ['Totenkopfaffenbaby, mit der Flasche aufgezogen.', 'Totenkopfaffenbaby', 'cebidae'],
  // The Russian young: -ёнок, -ята.
  ['Продам тигрёнка, привит.', 'тигрёнка', 'panthera-tigris'],
  ['Белые тигрята для зоопарка.', 'тигрята', 'panthera-tigris'],
  // A Polish neuter adjective in its cases; a Spanish name's two adjectives in the other order.
  ['Wióry drewna agarowego do palenia.', 'drewna agarowego', 'aquilaria'],
  ['Pitón arborícola verde, pareja de 2023.', 'Pitón arborícola verde', 'morelia-viridis'],
  ['Pitones arborícolas verdes a la venta.', 'Pitones arborícolas verdes', 'morelia-viridis'],
  // Cubs whose stem changes, written out in their cases; a monk parakeet's Russian name; a seller's papers.
  ['Продаю медвежонка, бурый, ручной.', 'медвежонка', 'ursidae'],
  ['Два львёнка из цирка, с документами.', 'львёнка', 'panthera-leo'],
  ['Птенцы калиты, ручные, выкормыши.', 'калиты', 'myiopsitta-monachus'],
  ['Sprzedam niedźwiadki brunatne, dwa miesiące.', 'niedźwiadki', 'ursidae'],
  ['Kocięta serwala z dokumentami, karmione butelką.', 'serwala', 'leptailurus-serval'],
  ['Vierzehenschildkröten abzugeben, mit Papieren.', 'Vierzehenschildkröten', 'testudo-horsfieldii'],
  ['Echte luipaardbontjas van oma, jaren 60.', 'luipaardbontjas', 'panthera-pardus'],
  ['Ожерелье с медвежьими когтями, старое.', 'медвежьими когтями', 'ursidae'],
  // Feathers and eggs head a compound as skins and teeth do (names29).
  ['Damenhut um 1910 mit Paradiesvogelfedern, leicht verblasst.', 'Paradiesvogelfedern', 'paradisaeidae'],
  ['Waaier van paradijsvogelveren uit een nalatenschap.', 'paradijsvogelveren', 'paradisaeidae'],
  ['Bevruchte papegaaieneieren uit eigen kweek, alleen ophalen.', 'papegaaieneieren', 'psittaciformes'],
  // A short last word loses its doubled vowel in a longer name, as "ijsbeer" does in "ijsberen".
  ['Drie Maleise beren in een opvangcentrum in Laos.', 'Maleise beren', 'helarctos-malayanus'],
  ['Opgezette bruine beren uit een jachtslot, per stuk te koop.', 'bruine beren', 'ursus-arctos'],
  // Names and trade forms sellers write: a Polish name's cases, German keepers' shorthand, worked shell.
  ['Sprzedam żółwia węglowego, samicę z dokumentami.', 'żółwia węglowego', 'chelonoidis-carbonarius'],
  ['Verkaufe KöPy Weibchen, Pastel, frisst Frostratten.', 'KöPy', 'python-regius'],
  ['Peineta de concha de tortuga con remate de plata.', 'concha de tortuga', 'eretmochelys-imbricata'],
  ['Старинная черепаховая шкатулка с серебряной накладкой.', 'черепаховая шкатулка', 'eretmochelys-imbricata'],
  // A listed group's name heading a German or Dutch compound; a Polish genus in its plural (names35).
  ['Ein Paar Paradieskraniche für die Voliere, beringt.', 'Paradieskraniche', 'gruidae'],
  ['Jufferkraanvogels uit eigen kweek, geringd.', 'Jufferkraanvogels', 'gruidae'],
  ['Riesengalago aus Nachzucht, sehr zahm.', 'Riesengalago', 'galagidae'],
  ['Gürtel aus Nilkrokodilleder, kaum getragen.', 'Nilkrokodilleder', 'crocodylia'],
  ['Tas van zoutwaterkrokodillenleer, met certificaat.', 'zoutwaterkrokodillenleer', 'crocodylia'],
  ['Sprzedam astrofitumy z nasion, trzyletnie.', 'astrofitumy', 'astrophytum'],
] as const)('the bundled list finds %j', (text, words, taxon) => {
  expect(taxaFound(text)).toContainEqual(expect.arrayContaining([words, taxon]));
});

it.each(['Плюшевый медвежонок, игрушка для детей, новый.', 'Ourson en peluche, 30 cm, comme neuf.'])(
  'leaves a plush cub alone: %s',
  (text) => {
    expect(taxaFound(text)).toEqual([]);
  },
);

it('leaves a tortoise-shell pattern alone', () => {
  expect(taxaFound('Coque de téléphone motif carapace de tortue')).toEqual([]);
});

it.each(['Nuestra gata carey tuvo cuatro gatitos.', 'Notre chatte écaille de tortue a eu des chatons.'])(
  'leaves a tortoiseshell cat alone, male or female: %s',
  (text) => {
    expect(taxaFound(text)).toEqual([]);
  },
);

it.each([
  'Kopfkissen mit Gänsefedern und Daunen, 80 x 80.',
  'Pfauenfedern für die Bodenvase, zehn Stück.',
  'Kussen gevuld met eendenveren, nieuw in de verpakking.',
  'Dwie kopy siana stoją na łące za stodołą.',
  'Gafas de sol de pasta, imitación concha de tortuga.',
  'Черепаховый гребень из пластика, имитация.',
])('leaves everyday feathers, a Polish word and imitation shell alone: %s', (text) => {
  expect(taxaFound(text)).toEqual([]);
});
