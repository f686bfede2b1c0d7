import { describe, expect, it } from 'vitest';
import { loadBundledDictionary } from '@/lib/dictionary/bundled';
import { compileDictionary } from '@/lib/matching/compile';
import { createMatcher } from '@/lib/matching/matcher';

// Issue 13: a wood that names a hair dye's shade, a car aerial shaped like a shark's fin, a laptop or a firm named
// after an animal. The timber, the fin and the bird themselves stay highlighted.
const matcher = createMatcher(compileDictionary(loadBundledDictionary()));
const highlighted = (lang: string, text: string) =>
  matcher.find(text, { pageLang: lang }).map((match) => text.slice(match.start, match.end));

describe('a hair dye named for a wood', () => {
  it.each([
    ['en', 'Mahogany hair dye, permanent, one box left over after the salon closed'],
    ['de', 'Tönung Mahagoni für dunkles Haar, zwei Packungen, Versand möglich'],
    ['nl', 'Haarverf mahonie, nieuw in de doos, kan worden opgehaald'],
    ['fr', 'Teinture acajou pour cheveux, deux boîtes neuves, envoi possible'],
    ['es', 'Tintura caoba para el cabello, sin estrenar, envío en el día'],
    ['it', 'Tinta mogano per capelli, confezione nuova, spedisco ovunque'],
    ['pl', 'Koloryzacja mahoń, zestaw nowy, wysyłka w dwa dni'],
    ['ru', 'Окрашивание махагони, осталось два набора, отправлю почтой'],
  ])('%s: leaves "%s" quiet', (lang, text) => {
    expect(highlighted(lang, text)).toEqual([]);
  });

  it.each([
    ['en', 'Mahogany guitar neck blank, quarter sawn, old stock'],
    ['de', 'Mahagoni Griffbrett und Holz für den Gitarrenbau, alter Bestand'],
    ['it', 'Manico di chitarra in mogano, legno stagionato'],
  ])('%s: highlights the timber in "%s"', (lang, text) => {
    expect(highlighted(lang, text)).not.toEqual([]);
  });
});

describe('an aerial shaped like a shark fin', () => {
  it.each([
    ['en', 'Black shark fin car aerial, fits most roofs, self adhesive'],
    ['de', 'Haifischflosse als Antenne fürs Dach, silbern, selbstklebend'],
    ['nl', 'Haaienvin voor op het dak als antenne, zilver, zelfklevend'],
    ['fr', 'Antenne de toit aileron de requin, noire, adhésive'],
    ['es', 'Antena de techo con aleta de tiburón, plateada, adhesiva'],
    ['it', 'Antenna da tetto a pinna di squalo, argento, adesiva'],
    ['pl', 'Antena samochodowa w stylu płetwa rekina, srebrna'],
    ['ru', 'Акулий плавник на крышу, антенна для радио, серая'],
  ])('%s: leaves "%s" quiet', (lang, text) => {
    expect(highlighted(lang, text)).toEqual([]);
  });

  it.each([
    ['en', 'Dried shark fin, 500 g, graded, shipped from Hong Kong'],
    ['es', 'Aleta de tiburón seca, un kilo, envío discreto'],
    ['it', 'Pinna di squalo essiccata, mezzo chilo'],
  ])('%s: highlights the fin in "%s"', (lang, text) => {
    expect(highlighted(lang, text)).not.toEqual([]);
  });
});

describe('a laptop or a firm named after an animal', () => {
  it.each([
    ['en', 'Pangolin laptop, 14-inch, barely used, with charger'],
    ['fr', 'Ordinateur portable Pangolin, 16 Go de mémoire'],
    ['es', 'Portátil Pangolin con procesador de ocho núcleos'],
    ['de', 'Die Kakadu GmbH stellt zum Herbst eine Bürokraft ein'],
    ['pl', 'Firma Kakadu zatrudni magazyniera na pełen etat'],
    ['it', 'La ditta Cacatua cerca un magazziniere'],
  ])('%s: leaves "%s" quiet', (lang, text) => {
    expect(highlighted(lang, text)).toEqual([]);
  });

  it.each([
    ['en', 'Goffin cockatoo, hand reared, ringed, with papers'],
    ['de', 'Kakadu aus Nachzucht abzugeben, beringt, mit Papieren'],
    ['en', 'Pangolin scales seized at the port'],
  ])('%s: highlights the animal in "%s"', (lang, text) => {
    expect(highlighted(lang, text)).not.toEqual([]);
  });
});
