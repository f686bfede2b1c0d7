/**
 * Words ads use for when they were posted, in EN FR DE NL ES IT PL RU (and Swedish and Danish):
 * month names (with the genitive forms Polish and Russian write after a day), day words
 * ("gestern", "вчера"), units of "N … ago" and the words that make a phrase relative.
 * All lower case; the reader folds the page's text the same way.
 */

/** Month names and abbreviations → month number (1–12). */
export const MONTHS: Readonly<Record<string, number>> = Object.fromEntries(
  (
    [
      [
        1,
        'january jan janvier janv januar jänner januari jan enero ene gennaio gen stycznia styczeń sty января январь янв',
      ],
      [
        2,
        'february feb février fevrier févr fevr februar feber februari febrero febbraio lutego luty lut февраля февраль фев',
      ],
      [3, 'march mar mars märz maerz mär maart mrt marzo marca marzec марта март мар marts'],
      [4, 'april apr avril avr abril abr aprile kwietnia kwiecień kwi апреля апрель апр'],
      [5, 'may mai mei mayo maggio mag maja maj мая май'],
      [6, 'june jun juin juni junio giugno giu czerwca czerwiec cze июня июнь июн'],
      [7, 'july jul juillet juil juli julio luglio lug lipca lipiec lip июля июль июл'],
      [8, 'august aug août aout augustus agosto ago sierpnia sierpień sie августа август авг augusti'],
      [
        9,
        'september sep sept septembre septiembre setiembre settembre set września wrzesień wrz сентября сентябрь сен',
      ],
      [10, 'october oct octobre oktober okt octubre ottobre ott października październik paź октября октябрь окт'],
      [11, 'november nov novembre noviembre listopada listopad lis ноября ноябрь ноя'],
      [
        12,
        'december dec décembre decembre déc dezember dez diciembre dic dicembre grudnia grudzień gru декабря декабрь дек',
      ],
    ] as const
  ).flatMap(([month, words]) => words.split(' ').map((word) => [word, month])),
);

/** Days back from today: "yesterday" is 1. Multi-word phrases first, so "i förrgår" wins over "i går". */
export const DAY_WORDS: ReadonlyArray<[phrase: string, daysBack: number]> = [
  ['day before yesterday', 2],
  ['avant-hier', 2],
  ['vorgestern', 2],
  ['eergisteren', 2],
  ['antes de ayer', 2],
  ['anteayer', 2],
  ["l'altro ieri", 2],
  ['altroieri', 2],
  ['przedwczoraj', 2],
  ['позавчера', 2],
  ['i förrgår', 2],
  ['i forgårs', 2],
  ['yesterday', 1],
  ['hier', 1],
  ['gestern', 1],
  ['gisteren', 1],
  ['ayer', 1],
  ['ieri', 1],
  ['wczoraj', 1],
  ['вчера', 1],
  ['igår', 1],
  ['i går', 1],
  ['today', 0],
  ["aujourd'hui", 0],
  ['aujourd’hui', 0],
  ['heute', 0],
  ['vandaag', 0],
  ['hoy', 0],
  ['oggi', 0],
  ['dzisiaj', 0],
  ['dziś', 0],
  ['сегодня', 0],
  ['idag', 0],
  ['i dag', 0],
  ['just now', 0],
  ["à l'instant", 0],
  ['gerade eben', 0],
  ['только что', 0],
];

export type Unit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/** Unit words of "3 days ago" in every form the languages inflect them to. */
export const UNITS: Readonly<Record<string, Unit>> = Object.fromEntries(
  (
    [
      [
        'minute',
        'min mins minute minutes minuten minuto minutos minuti minut minuty minutę минуту минуты минут мин minuter minutter',
      ],
      [
        'hour',
        'h hr hrs hour hours heure heures stunde stunden std uur hora horas ora ore godz godzina godziny godzinę godzin час часа часов timme timmar timer time',
      ],
      [
        'day',
        'd j day days jour jours tag tage tagen dag dagen dagar dage día días dia dias giorno giorni dzień dni dnia день дня дней',
      ],
      [
        'week',
        'week weeks semaine semaines woche wochen weken semana semanas settimana settimane tydzień tygodnie tygodni неделю недели недель неделя vecka veckor uge uger',
      ],
      [
        'month',
        'month months mois monat monate monaten maand maanden mes meses mese mesi miesiąc miesiące miesięcy месяц месяца месяцев månad månader måned måneder',
      ],
      [
        'year',
        'year years an ans année années jahr jahre jahren jaar jaren año años anno anni rok lata lat год года лет år',
      ],
    ] as const
  ).flatMap(([unit, words]) => words.split(' ').map((word) => [word, unit])),
);

/** Number words that stand for 1 ("an hour ago", "il y a une semaine", "vor einem Tag"). */
export const ONE_WORDS = new Set([
  'a',
  'an',
  'one',
  'un',
  'une',
  'ein',
  'eine',
  'einem',
  'einer',
  'een',
  'uno',
  'una',
  "un'",
  'en',
  'ett',
  'et',
  'один',
  'одну',
  'jeden',
  'jedną',
]);

/**
 * Words that make "3 days" mean "3 days ago", before or after the amount. Swedish and Danish
 * "för/for … sedan/siden" are recognised by their second word: "for 3 days" alone is English.
 */
export const AGO_BEFORE = ['il y a', 'vor', 'hace'];
export const AGO_AFTER = ['ago', 'geleden', 'fa', 'temu', 'назад', 'sedan', 'siden'];

/** Phrases of dates that are not the ad's: when the seller joined or was last online, when an animal hatched. */
export const NOT_POSTED =
  /member|mitglied|membre|lid sinds|miembro|membro|użytkownik|na olx|на авито|на сайте|с нами|joined|inscrit|registriert|dabei seit|aktiv seit|active|last seen|last online|zuletzt|en ligne|dernière connexion|ostatnio|в сети|geboren|born|né |née |nata|nato|urodzon|родил|schlupf|hatched|éclo|uitgekomen|répond|antwort|responds|odpowiada|отвечает/iu;
