import { describe, expect, it } from 'vitest';
import { loadBundledDictionary } from '@/lib/dictionary/bundled';
import { compileDictionary } from '@/lib/matching/compile';
import { createMatcher } from '@/lib/matching/matcher';

// Issue 13: a play named after an animal on a theatre's bill, and another fish's roe sold as an alternative to
// caviar. A rhino's horn and sturgeon caviar stay highlighted.
const matcher = createMatcher(compileDictionary(loadBundledDictionary()));
const highlighted = (lang: string, text: string) =>
  matcher.find(text, { pageLang: lang }).map((match) => text.slice(match.start, match.end));

describe('a play on a theatre bill', () => {
  it.each([
    ['en', 'Rhinoceros by Ionesco at the Playhouse theatre, student tickets on the door, one interval'],
    ['fr', 'Rhinocéros, la pièce de Ionesco, jouée par la troupe amateur du quartier samedi soir'],
    ['de', 'Die Nashörner von Ionesco im Stadttheater, Schauspielklasse des Gymnasiums, Eintritt frei'],
    ['nl', 'Toneelgroep speelt Neushoorn, naar Ionesco, in het dorpshuis, vrij entree'],
    ['es', 'El grupo de teatro del instituto estrena Rinoceronte de Ionesco el viernes'],
    ['it', 'Rinoceronte di Ionesco al teatro comunale, compagnia di attori dilettanti'],
    ['pl', 'Nosorożec Ionesco w teatrze miejskim, spektakl szkolnego koła, wstęp wolny'],
    ['ru', 'Спектакль «Носорог» по пьесе Ионеско в городском театре, вход свободный'],
  ])('%s: leaves "%s" quiet', (lang, text) => {
    expect(highlighted(lang, text)).toEqual([]);
  });

  it.each([
    ['en', 'Carved rhino horn cup, old collection, offers'],
    ['fr', 'Corne de rhinocéros sculptée, ancienne collection, prix sur demande'],
  ])('%s: highlights the horn in "%s"', (lang, text) => {
    expect(highlighted(lang, text)).not.toEqual([]);
  });
});

describe('roe sold as an alternative to caviar', () => {
  it.each([
    ['en', 'Jars of black lumpfish roe, an affordable caviar alternative for blinis'],
    ['fr', 'Œufs de lompe noirs, une alternative au caviar pour les toasts, 100 g'],
    ['de', 'Deutscher Kaviar vom Seehasen als günstige Alternative, 50 g Glas'],
    ['es', 'Huevas de lumpo negras, alternativa al caviar para canapés'],
    ['it', 'Uova di lompo nere, alternativa economica al caviale per tartine'],
    ['pl', 'Czarny kawior z taszy, tania alternatywa na kanapki'],
    ['ru', 'Икра мойвы как недорогая альтернатива для бутербродов'],
  ])('%s: leaves "%s" quiet', (lang, text) => {
    expect(highlighted(lang, text)).toEqual([]);
  });

  it.each([
    ['en', 'Beluga caviar from farmed sturgeon, 50 g tin, CITES label on the lid'],
    ['ru', 'Чёрная икра осетра, 100 г, маркировка CITES на банке'],
  ])('%s: highlights the caviar in "%s"', (lang, text) => {
    expect(highlighted(lang, text)).not.toEqual([]);
  });
});
