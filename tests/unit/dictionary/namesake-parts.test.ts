import { describe, expect, it } from 'vitest';
import { taxaFound } from './bundled-matches';

describe('pastries and plants named after an animal or its part', () => {
  it.each([
    ['en', 'The bakery on Mill Lane sells bear claws with almond paste and cinnamon buns.'],
    ['fr', "Le boulanger propose des pattes d'ours au sucre glace et des viennoiseries le samedi."],
    ['de', 'Beim Bäcker gab es Bärentatzen mit Schokolade und Zimtschnecken.'],
    ['nl', 'Bij de bakker kochten we olifantsoren met suiker en een krentenbol.'],
    ['es', 'Desayunamos orejas de elefante de la panadería con café con leche.'],
    ['it', "Al bar hanno orecchie d'elefante fritte con lo zucchero a velo."],
    ['pl', 'W piekarni kupiłam niedźwiedzie łapy z lukrem dla dzieci.'],
    ['ru', 'Испекла медвежьи лапки из песочного теста с корицей.'],
    ['ru', 'Слоновьи уши из слоёного теста с сахаром, рецепт.'],
    ['de', 'Mein Elefantenfuß verliert die unteren Blätter, gieße ich zu viel?'],
    ['es', 'Vendo pata de elefante en maceta de barro, mide un metro.'],
    ['en', 'Elephant foot yam, peeled and diced, 1 kg for curry.'],
    ['es', 'Mi planta de lengua de tigre tiene las hojas arrugadas, ¿le falta agua?'],
    ['pl', 'Begonia tygrysia w doniczce, liście z ciemnym wzorem, oddam sadzonkę.'],
    ['en', 'Tiger lilies and foxgloves in the back border, planted last autumn.'],
  ] as const)('leaves %s alone: %s', (lang, text) => {
    expect(taxaFound(text, lang)).toEqual([]);
  });

  it.each([
    ['en', 'Frozen bear paws, four pieces, sold for soup.', 'bear paws', 'ursidae'],
    ['ru', 'Продам медвежьи лапы, свежемороженые.', 'медвежьи лапы', 'ursidae'],
    ['en', 'Victorian elephant foot umbrella stand with the toenails intact.', 'elephant foot', 'elephantidae'],
    ['fr', "Tabouret en pied d'éléphant, trophée de chasse colonial.", "pied d'éléphant", 'elephantidae'],
    ['de', 'Schirmständer aus einem Elefantenfuß, Kolonialzeit.', 'Elefantenfuß', 'elephantidae'],
  ] as const)('still finds the animal in %s: %s', (lang, text, words, taxon) => {
    expect(taxaFound(text, lang)).toContainEqual(expect.arrayContaining([words, taxon]));
  });
});

describe('plants collected from the wild, beside the garden trade’s words', () => {
  it.each([
    ['de', 'Beaucarnea recurvata (Elefantenfuß) aus Wildsammlung, zwei Meter hoch.', 'Beaucarnea', 'beaucarnea'],
    ['pl', 'Storczyki z natury, sadzonki bez korzeni, wysyłka w kartonie.', 'Storczyki', 'orchidaceae'],
    ['ru', 'Орхидеи из природы, черенки и сорта не продаю.', 'Орхидеи', 'orchidaceae'],
    ['de', 'Orchideen aus Wildsammlung, keine Stecklinge.', 'Orchideen', 'orchidaceae'],
    ['nl', 'Orchideeën uit wildvang, geen stekjes of hybriden.', 'Orchideeën', 'orchidaceae'],
  ] as const)('finds them in %s: %s', (lang, text, words, taxon) => {
    expect(taxaFound(text, lang)).toContainEqual(expect.arrayContaining([words, taxon]));
  });
});

describe('a plant named beside the listed plant it also names', () => {
  // The listed palm is lit; its namesake word stays a plant, not an elephant's foot the palm would vouch for.
  it.each([
    ['de', 'Elefantenfuß (Beaucarnea recurvata), 1,20 m, im Tontopf, Abholung.', 'Beaucarnea', 'beaucarnea'],
    ['en', 'Elephant foot palm, Beaucarnea recurvata, 90 cm tall, collection only.', 'Beaucarnea', 'beaucarnea'],
    ['es', 'Pata de elefante, Beaucarnea recurvata de vivero, un metro, en maceta.', 'Beaucarnea', 'beaucarnea'],
  ] as const)('lights only the plant in %s: %s', (lang, text, words, taxon) => {
    const found = taxaFound(text, lang);
    expect(found).toContainEqual(expect.arrayContaining([words, taxon]));
    expect(found.filter((row) => row.includes('elephantidae'))).toEqual([]);
  });
});

describe('names sellers and reporters use', () => {
  it.each([
    ['it', 'Sequestrate 200 kg di anguille cieche in aeroporto.', 'anguille cieche', 'anguilla-anguilla'],
    ['en', 'Sun-dried hammerhead fins, 5 kg.', 'hammerhead fins', 'sphyrna'],
    ['it', 'Cedo cercopiteco giovane, chiedere in privato.', 'cercopiteco', 'cercopithecidae'],
    ['fr', 'Vends cercopithèque femelle, très docile.', 'cercopithèque', 'cercopithecidae'],
    ['nl', 'Sporenschildpad van 8 jaar, met papieren.', 'Sporenschildpad', 'centrochelys-sulcata'],
    ['fr', 'Couple de geckos à queue feuillue, nés chez moi.', 'geckos à queue feuillue', 'uroplatus'],
  ] as const)('finds %s: %s', (lang, text, words, taxon) => {
    expect(taxaFound(text, lang)).toContainEqual(expect.arrayContaining([words, taxon]));
  });
});
