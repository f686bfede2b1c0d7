import { describe, expect, it } from 'vitest';
import { loadBundledDictionary } from '@/lib/dictionary/bundled';
import { compileDictionary } from '@/lib/matching/compile';
import { createMatcher } from '@/lib/matching/matcher';

const matcher = createMatcher(compileDictionary(loadBundledDictionary()));
const found = (text: string, pageLang: string) =>
  matcher.find(text, { pageLang }).map((match) => text.slice(match.start, match.end));

describe('a German or Dutch compound headed by the captive-bred offspring, a pair or a sex', () => {
  it.each([
    ['Landschildkrötennachzucht vom Sommer, kräftig und aktiv, Abgabe ab Mai', 'de', 'Landschildkrötennachzucht'],
    ['Verkaufe unsere Landschildkrötennachzuchten aus Freilandhaltung', 'de', 'Landschildkrötennachzuchten'],
    ['Landschildkrötenpaar mit Frühbeet und Papieren abzugeben', 'de', 'Landschildkrötenpaar'],
    ['Suche eine Gelbhaubenkakaduhenne für meinen Hahn, gern älter', 'de', 'Gelbhaubenkakaduhenne'],
    ['Eigen landschildpadnakweek van dit jaar, gezond en actief', 'nl', 'landschildpadnakweek'],
    ['Koningspythonnakweken uit eigen kweek, eten goed', 'nl', 'Koningspythonnakweken'],
    ['Mooi koningspythonpaartje te koop, alleen samen', 'nl', 'koningspythonpaartje'],
    // A mammal's sex: a cat's tom and queen, a buck, a bull (learn31, from fresh31x's first run).
    ['Ozelotkater aus Nachzucht, handzahm, nur an Halter mit Genehmigung', 'de', 'Ozelotkater'],
    ['Karakalkätzin, zwei Jahre, sucht neues Gehege', 'de', 'Karakalkätzin'],
    ['Markhorbock als Trophäe, mit Einfuhrpapieren', 'de', 'Markhorbock'],
    ['Wilderer töteten einen Elefantenbullen im Park', 'de', 'Elefantenbullen'],
    ['Jonge servalkater, tam, met papieren', 'nl', 'servalkater'],
    ['Kaketoevrouwtje zoekt een nieuw thuis bij een ervaren houder', 'nl', 'Kaketoevrouwtje'],
  ])('is found in an ad: "%s"', (text, pageLang, name) => {
    expect(found(text, pageLang)).toContain(name);
  });

  it.each([
    ['Wellensittichpärchen aus Hobbyzucht, blau und gelb, mit Käfig', 'de'],
    ['Das Brautpaar tanzte bis Mitternacht, danach gab es Suppe', 'de'],
    ['Grasparkietenpaartje met kooi, samen af te halen', 'nl'],
    // A tabby house cat is a "Tigerkater", "Tigerkatze", "tijgerkater".
    ['Unser Tigerkater ist seit Montag entlaufen, bitte melden', 'de'],
    ['Zwei Tigerkatzen suchen ein Zuhause, geimpft und entwurmt', 'de'],
    ['Rode tijgerkater vermist sinds zaterdag, gechipt', 'nl'],
  ])('leaves a compound without a listed name quiet: "%s"', (text, pageLang) => {
    expect(found(text, pageLang)).toEqual([]);
  });
});

describe("a German or Dutch compound opened by a breeder's or age word", () => {
  it.each([
    ['Nachzuchtgraupapageien aus 2024, futterfest und beringt', 'de', 'Nachzuchtgraupapageien'],
    ['Gebe meinen Handaufzuchtkakadu nur in erfahrene Hände', 'de', 'Handaufzuchtkakadu'],
    ['Zuchtlandschildkröten, zwei Weibchen, mit Meldebescheinigung', 'de', 'Zuchtlandschildkröten'],
    ['Babykaimane mit 25 cm, nur an Sachkundige abzugeben', 'de', 'Babykaimane'],
    ['Nakweekkoningspythons in normaal en pastel, eten goed', 'nl', 'Nakweekkoningspythons'],
    ['Twee kweekkoningspythons van vorig jaar, rustig karakter', 'nl', 'kweekkoningspythons'],
    ["Handtamme babyara uit ons koppel blauwgele ara's, eet zelfstandig", 'nl', 'babyara'],
  ])('is found in an ad: "%s"', (text, pageLang, name) => {
    expect(found(text, pageLang)).toContain(name);
  });

  it.each([
    ['Das Zuchtbuch des Vereins liegt beim Schriftführer zur Einsicht aus', 'de'],
    ['Babyschale mit Isofix-Station und Sonnenverdeck, wenig benutzt', 'de'],
    ['Nachzuchtkornnattern und Handaufzuchtnymphensittiche abzugeben', 'de'],
    ['Kweekbakje met deksel voor stekjes, nieuw in de verpakking', 'nl'],
  ])('leaves a compound without a listed name quiet: "%s"', (text, pageLang) => {
    expect(found(text, pageLang)).toEqual([]);
  });
});
