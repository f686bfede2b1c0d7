import { isCapitalisedAt } from '@/lib/matching/capitalised-word';
import type { CueLookup } from '@/lib/matching/cue-words';
import type { Tokens } from '@/lib/matching/tokenize';

/** Words on each side of a name a result may stand in ("Grizzlies 118-110 Pelicans", "beat the Lakers 118 to 109"). */
const SCORE_WINDOW = 6;
/** Words on each side of a name a word of sport may stand in: about a sentence. */
const SPORT_WINDOW = 10;
/** One side's points or goals: a few digits, never a year or a price. */
const POINTS = /^\d{1,3}$/;
/** Between the two sides' points: a colon or a dash ("4:2", "24-21", "97–104"), not the dot of a reptile's sexes. */
const POINTS_SEP = /^ ?[:\-–—] ?$/;
/** The words that join two sides' points in a sentence ("118 to 109", "3 à 1", "2 zu 1", "2 a 1"). */
const POINTS_WORDS = new Set(['to', 'a', 'zu', 'tegen', 'do', 'на']);
/**
 * The units a range of ages, sizes, weights or prices is given in, and the words of a count for sale, folded: "2-3
 * years", "90-100 cm", "od 2 do 3 lat", "2-3 available", "3-4 szt." is a keeper's or a seller's, never a result, though
 * words of sport stand in their ads too ("experienced keepers", "Spielzeug", "posizione del recinto"). Exported for its
 * test, which checks that every unit is written as words fold: a unit written otherwise is never found, and only a
 * walk of the whole set shows which.
 */
export const RANGE_UNITS: ReadonlySet<string> = new Set(
  `mm cm m km g gr kg lb lbs oz inch inches ft feet
  day days week weeks month months year years yr yrs
  jour jours semaine semaines mois ans
  tag tage tagen woche wochen monat monate monaten jahr jahre jahren
  dag dagen weken maand maanden jaar jaren
  dia dias semana semanas mes meses ano anos
  giorno giorni settimana settimane mese mesi anno anni
  dzien dni tydzien tygodnie tygodni miesiac miesiace miesiecy rok lata lat
  день дня дней неделя недели недель месяц месяца месяцев год года лет мм см м г кг
  eur euro euros gbp usd chf pln zl rub руб рублей
  available pcs pieces disponible disponibles verfugbar abzugeben vorhanden stuck beschikbaar stuks unidades ejemplares
  disponibili esemplari pezzi dostepne dostepnych szt sztuk sztuki шт штук штуки`.split(/\s+/),
);

/**
 * Whether a name written with a capital stands beside a result and a word of sport: a team named after the animal
 * ("The Grizzlies beat the Lakers 118 to 109", "Die Grizzlys Wolfsburg gewinnen 4:2"), whichever animal it is. A
 * keeper's ad gives its ranges in a unit ("3-4 months", RANGE_UNITS); a reptile's sexes are written with a dot ("1.1").
 * @example
 * isTeamBesideScore(tokenize('The Cheetahs edged the Pumas 24-21 after a late penalty', fold), [1, 1], sport) // true
 */
export function isTeamBesideScore(tokens: Tokens, [first, last]: [number, number], sport: CueLookup): boolean {
  if (!isCapitalisedAt(tokens, first)) return false;
  return scoreNear(tokens, first, last) && sportNear(tokens, first, last, sport);
}

function scoreNear(tokens: Tokens, first: number, last: number): boolean {
  const from = Math.max(0, first - SCORE_WINDOW);
  const to = Math.min(tokens.count - 1, last + SCORE_WINDOW);
  for (let word = from; word < to; word++) {
    if (!POINTS.test(tokens.folded(word))) continue;
    // The separator as written: the folded one makes a dash a space.
    const between = tokens.source(tokens.end(word), tokens.start(word + 1));
    if (POINTS.test(tokens.folded(word + 1)) && POINTS_SEP.test(between) && !unitAt(tokens, word + 2)) return true;
    const joined = word + 2 <= to && POINTS_WORDS.has(tokens.folded(word + 1));
    if (joined && POINTS.test(tokens.folded(word + 2)) && tokens.sep(word) === ' ' && !unitAt(tokens, word + 3))
      return true;
  }
  return false;
}

const unitAt = (tokens: Tokens, word: number) => word < tokens.count && RANGE_UNITS.has(tokens.folded(word));

function sportNear(tokens: Tokens, first: number, last: number, sport: CueLookup): boolean {
  const from = Math.max(0, first - SPORT_WINDOW);
  const to = Math.min(tokens.count - 1, last + SPORT_WINDOW);
  for (let word = from; word <= to; word++)
    if ((word < first || word > last) && sport.has(tokens.folded(word))) return true;
  return false;
}

/** Names a line-up or a results list gives at least, besides the one in doubt, within a sport word's window. */
const LINE_UP_NAMES = 3;
/** What opens a list's item: a comma, a semicolon or a colon ("Alineación: Lobo, Cordero; Garza"). */
const ITEM_SEP = /^\s*[,;:]\s*$/;
/** The words that join the last two items of a list, in the eight languages. */
const ITEM_AND = new Set(['and', 'und', 'et', 'en', 'y', 'e', 'i', 'и', 'oraz']);

/**
 * Whether a capitalised name of one word opens an item of a team's line-up or a results list: three more
 * capitalised items and a word of sport within about a sentence ("Line-up: Wolf in goal, Crane, Fox and Okafor at the
 * back"; "Ergebnis Kegeln: Wolf 812, Geier 790, Strauß 765"). Players' surnames are often animals' names, so the
 * neighbours' names are no sign either way; a seller's list of species stands beside no word of sport.
 * @example
 * isLineUpName(tokenize('Line-up: Wolf in goal, Crane, Fox and Okafor at the back', fold), [2, 2], sport) // true
 */
export function isLineUpName(tokens: Tokens, [first, last]: [number, number], sport: CueLookup): boolean {
  if (first !== last || !itemStartAt(tokens, first)) return false;
  const from = Math.max(0, first - SPORT_WINDOW);
  const to = Math.min(tokens.count - 1, last + SPORT_WINDOW);
  let names = 0;
  for (let word = from; word <= to; word++) if ((word < first || word > last) && itemStartAt(tokens, word)) names++;
  if (names < LINE_UP_NAMES) return false;
  // The word of sport is no item itself: a keeper's list names toys among its things ("Käfig, Spielzeug, Futter").
  // A points word after a number is one too, when the name has its own number after it: the list is a standings
  // table ("Lynx 412 points, Falcon 398"), whatever the contest.
  const scored = last + 1 < tokens.count && tokens.sep(last) === ' ' && POINTS.test(tokens.folded(last + 1));
  for (let word = from; word <= to; word++) {
    if (word >= first && word <= last) continue;
    if (sport.has(tokens.folded(word)) && !itemStartAt(tokens, word)) return true;
    if (scored && isPointsAt(tokens, word)) return true;
  }
  return false;
}

/** The words of a results list's points, folded: "Wolf 812 Punkte, Geier 790", "Pantery 220 punktów, Wilki 214". */
const POINTS_UNITS: ReadonlySet<string> = new Set(
  'points pts punkte punten puntos punti punktow punkty pkt баллов балла очков очка'.split(' '),
);

/** Whether word `word` is a points word after a number ("412 points"): a standings list's, of any game or contest. */
function isPointsAt(tokens: Tokens, word: number): boolean {
  return word > 0 && POINTS_UNITS.has(tokens.folded(word)) && POINTS.test(tokens.folded(word - 1));
}

/** A capitalised word after a list's comma, semicolon, colon or "and". */
function itemStartAt(tokens: Tokens, word: number): boolean {
  if (word < 1 || !isCapitalisedAt(tokens, word)) return false;
  if (ITEM_SEP.test(tokens.sep(word - 1))) return true;
  return tokens.sep(word - 1) === ' ' && ITEM_AND.has(tokens.folded(word - 1));
}
