import { expect, it } from 'vitest';
import { taxaFound } from './bundled-matches';

// The names keepers and sellers use for the most kept App. II animals that the bundled list lacked (names25), and
// the German and Dutch compounds on a parrot or monitor word, which name the group unless they are an exempt pet.

it.each([
  // Parrots of the pet trade by their species' and genera's names.
  ['en', 'Hand-fed kakariki for sale, cinnamon.', 'kakariki', 'cyanoramphus'],
  ['ru', 'Продам какариков, молодые, окольцованы.', 'какариков', 'cyanoramphus'],
  ['en', 'Pair of Pacific parrotlets, DNA sexed.', 'parrotlets', 'forpus'],
  ['pl', 'Wróbliczki niebieskoskrzydłe, para z obrączkami.', 'Wróbliczki', 'forpus'],
  ['en', 'Blue-headed pionus, very tame.', 'pionus', 'pionus'],
  ['ru', 'Продам пионуса, ручной, говорит.', 'пионуса', 'pionus'],
  ['pl', 'Czerwonorzytki modrogłowe, para.', 'Czerwonorzytki', 'pionus'],
  ['fr', 'Couple de perruches princesses, bagues fermées.', 'perruches princesses', 'polytelis'],
  ['es', 'Pareja de pericos princesa de cría propia.', 'pericos princesa', 'polytelis'],
  ['en', 'Red-rumped parrots, a proven pair.', 'Red-rumped parrots', 'psephotus'],
  ['pl', 'Świergotki seledynowe z obrączkami.', 'Świergotki', 'psephotus'],
  ['de', 'Bourkesittiche in Rosa, Nachzucht 2025.', 'Bourkesittiche', 'neopsephotus-bourkii'],
  ['it', 'Coppia di parrocchetti testa di prugna.', 'parrocchetti testa di prugna', 'psittacula-cyanocephala'],
  ['pl', 'Aleksandretty śliwogłowe, młode.', 'Aleksandretty śliwogłowe', 'psittacula-cyanocephala'],
  ['es', 'Cotorra pechirroja macho, anillada.', 'Cotorra pechirroja', 'psittacula-alexandri'],
  // A German or Dutch compound on "-sittich", "-papagei", "-parkiet", "-papegaai", "-waran", "-varaan".
  ['de', 'Zwei Rotbürzelsittiche aus eigener Zucht.', 'Rotbürzelsittiche', 'psittaciformes'],
  ['de', 'Ein Pärchen Schwarzkopfpapageien zu verkaufen.', 'Schwarzkopfpapageien', 'psittaciformes'],
  ['nl', 'Twee goudwangparkieten uit eigen kweek.', 'goudwangparkieten', 'psittaciformes'],
  ['nl', 'Een tamme kaapse papegaai en twee roodbuikpapegaaien.', 'roodbuikpapegaaien', 'psittaciformes'],
  ['de', 'Junger Mangrovenwaran aus Nachzucht.', 'Mangrovenwaran', 'varanus-indicus'],
  ['de', 'Biete Baumwarane, Nachzuchten.', 'Baumwarane', 'varanus'],
  ['nl', 'Een jonge boomvaraan, nakweek.', 'boomvaraan', 'varanus'],
  // Brotogeris, Pyrrhura, the lories and lorikeets, and stony-coral genera (names26).
  ['en', 'Pair of yellow-chevroned parakeets, closed rings.', 'yellow-chevroned parakeets', 'brotogeris'],
  ['fr', 'Un toui à ailes variées, très doux.', 'toui à ailes variées', 'brotogeris'],
  ['pl', 'Stadniczki z obrączkami, para.', 'Stadniczki', 'brotogeris'],
  ['en', 'Two pearly conures from a hobby breeder.', 'pearly conures', 'pyrrhura'],
  ['ru', 'Продаю пиррур, птенцы этого года.', 'пиррур', 'pyrrhura'],
  ['de', 'Allfarbloris aus Volierenhaltung.', 'Allfarbloris', 'trichoglossus'],
  ['es', 'Lori arcoíris hembra, muy mansa.', 'Lori arcoíris', 'trichoglossus'],
  ['nl', 'Een rode lori uit eigen kweek.', 'rode lori', 'eos-rubra'],
  ['en', 'Chattering lory, hand reared.', 'Chattering lory', 'lorius-garrulus'],
  ['de', 'Schwarzloris, ein Paar.', 'Schwarzloris', 'chalcopsitta'],
  ['it', 'Due lorichetti in voliera.', 'lorichetti', 'psittaciformes'],
  ['de', 'Drei Parsonchamäleons beschlagnahmt.', 'Parsonchamäleons', 'calumma-parsonii'],
  ['en', 'Fungia frag, green with a purple rim.', 'Fungia', 'fungia'],
  ['ru', 'Отдам фавию и фунгию.', 'фавию', 'favia'],
  // Primates and turtles that had no names in these languages.
  ['de', 'Junger Brüllaffe zu verkaufen.', 'Brüllaffe', 'alouatta'],
  ['pl', 'Młody wyjec z Ameryki Południowej.', 'wyjec', 'alouatta'],
  ['ru', 'Детёныш обезьяны-ревуна в частном доме.', 'обезьяны-ревуна', 'alouatta'],
  ['de', 'Koboldmaki als Haustier gehalten.', 'Koboldmaki', 'tarsius'],
  ['ru', 'Долгопята держали в клетке.', 'Долгопята', 'tarsius'],
  ['nl', 'Spookdiertjes uit Indonesië aangeboden.', 'Spookdiertjes', 'tarsius'],
  ['nl', 'Varkensneusschildpad, jong dier.', 'Varkensneusschildpad', 'carettochelys-insculpta'],
  ['nl', 'Gevlekte moerasschildpadden te koop.', 'Gevlekte moerasschildpadden', 'clemmys-guttata'],
  // The lories by their sellers' names in French and Polish, Lorius lory, the Venus flytrap's short French and
  // Dutch names, Uromastyx as a Dutch "hagedis", and a Russian genitive plural without its ending (names27).
  ['fr', 'Jeune lori rouge sevré, bague fermée.', 'lori rouge', 'eos-rubra'],
  ['pl', 'Młode lori czerwone z obrączkami.', 'lori czerwone', 'eos-rubra'],
  ['en', 'Black-capped lory, a proven hen.', 'Black-capped lory', 'lorius-lory'],
  ['de', 'Frauenloris aus Volierenzucht.', 'Frauenloris', 'lorius-lory'],
  ['nl', 'Een zwartkaplori, handtam.', 'zwartkaplori', 'lorius-lory'],
  ['es', 'Pareja de loris tricolor anillados.', 'loris tricolor', 'lorius-lory'],
  ['fr', 'Trois dionées en godet, pièges rouges.', 'dionées', 'dionaea-muscipula'],
  ['nl', 'Twee venusvliegenvallen op de vensterbank.', 'venusvliegenvallen', 'dionaea-muscipula'],
  ['nl', 'Drie jonge doornstaarthagedissen uit nakweek.', 'doornstaarthagedissen', 'uromastyx'],
  ['ru', 'Ищу молодых тиритак в пару.', 'тиритак', 'brotogeris'],
  // Names earlier sets missed: the Amur sturgeon, the burrowing parrot, single-word German and Dutch names, and the
  // Spanish, French and Polish spellings of a cactus genus, a fish and a timber (names27).
  ['nl', 'Blikje kaviaar van de amoersteur uit een kwekerij.', 'amoersteur', 'acipenser-schrenckii'],
  ['de', 'Amurstöre aus Aquakultur, Setzlinge.', 'Amurstöre', 'acipenser-schrenckii'],
  ['en', 'Burrowing parrots, a bonded pair.', 'Burrowing parrots', 'cyanoliseus-patagonus'],
  ['de', 'Zwei Felsensittiche, Nachzucht 2024.', 'Felsensittiche', 'cyanoliseus-patagonus'],
  ['de', 'Blaukopfpionus, Hahn, ruhig.', 'Blaukopfpionus', 'pionus'],
  ['de', 'Eine orange Pilzkoralle als Ableger.', 'Pilzkoralle', 'fungia'],
  ['de', 'Drei Grünleguane suchen ein neues Zuhause.', 'Grünleguane', 'iguana-iguana'],
  ['nl', 'Een jonge stekelstaartagame met terrarium.', 'stekelstaartagame', 'uromastyx'],
  ['es', 'Colección de mamilarias en maceta.', 'mamilarias', 'mammillaria'],
  ['fr', 'Trois mammillaires en pot de 6 cm.', 'mammillaires', 'mammillaria'],
  ['es', 'Pirarucú seco y salado, dos kilos.', 'Pirarucú', 'arapaima-gigas'],
  ['pl', 'Parkiet z afrormozji, 15 metrów.', 'afrormozji', 'pericopsis-elata'],
  // A reef coral's and a slipper orchid's common names (stop 42, after fresh27x's first run).
  ['de', 'Zwei Blasenkorallen, grün, aus dem Becken.', 'Blasenkorallen', 'plerogyra'],
  ['fr', 'Corail bulle vert, belle colonie.', 'Corail bulle', 'plerogyra'],
  ['nl', 'Blaaskoraal, mooie kolonie.', 'Blaaskoraal', 'plerogyra'],
  ['nl', 'Vrouwenschoenen in pot, winterhard.', 'Vrouwenschoenen', 'cypripedium'],
  ['nl', 'Een vrouwenschoentje uit de tuin.', 'vrouwenschoentje', 'cypripedium'],
  // The leatherback itself, beside the bearded dragon's morph of its name below.
  ['en', 'Old leatherback shell, seized in 1990, now offered again.', 'leatherback', 'dermochelys-coriacea'],
] as const)('finds in %s: %j', (lang, text, words, taxon) => {
  expect(taxaFound(text, lang)).toContainEqual(expect.arrayContaining([words, taxon]));
});

it.each([
  // The exempt pets' compounds stay their own quiet names, not the group's.
  ['de', 'Zwei Wellensittiche und ein Nymphensittich mit Käfig.'],
  ['de', 'Halsbandsittich, handzahm, abzugeben.'],
  ['nl', 'Grasparkieten en een valkparkiet met kooi.'],
  ['nl', 'Jonge halsbandparkiet te koop.'],
  // Nor are they a listed name that would light a bare group word beside them.
  ['de', 'Sittiche und Nymphensittiche aus eigener Zucht.'],
  ['nl', 'Drie parkieten en een valkparkiet in de volière.'],
  // A bearded dragon's morph named after the leatherback turtle, whatever the ad's language.
  ['en', 'Bearded dragon, hypo leatherback, two years old, with vivarium.'],
  ['de', 'Bartagame het leatherback, zwei Jahre, mit Terrarium.'],
  ['fr', 'Jeune pogona, morph leatherback dragon, avec terrarium.'],
  // A plush toy and the puffin end in the parrot word too.
  ['de', 'Plüschpapagei für Kinder, neu.'],
  ['nl', 'Knuffelpapegaai voor de kinderkamer.'],
  ['nl', 'Een zeepapegaai op de kliffen gespot.'],
] as const)('leaves alone in %s: %j', (lang, text) => {
  expect(taxaFound(text, lang)).toEqual([]);
});

it.each([
  // A compound the list names as a species is that species alone, not the parrot order or the monitors beside it.
  ['de', 'Zwei Graupapageien aus Nachzucht.', 'Graupapageien', 'psittacus-erithacus'],
  ['de', 'Mönchssittiche, ein Paar.', 'Mönchssittiche', 'myiopsitta-monachus'],
  ['nl', 'Twee groenwangparkieten uit eigen kweek.', 'groenwangparkieten', 'pyrrhura-molinae'],
  ['nl', 'Een monniksparkiet, handtam.', 'monniksparkiet', 'myiopsitta-monachus'],
  ['de', 'Junger Mangrovenwaran aus Nachzucht.', 'Mangrovenwaran', 'varanus-indicus'],
] as const)('names the member alone in %s: %j', (lang, text, words, taxon) => {
  expect(taxaFound(text, lang)).toEqual([[words, taxon]]);
});
