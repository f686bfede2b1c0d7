/**
 * How ads in EN FR DE NL ES IT PL RU speak of permits: the documents, the words that say an ad
 * has them or not, and the exemptions sellers claim. Regular-expression sources, matched
 * case-insensitively with Unicode word edges by paperwork.ts.
 */

/** "CITES", also written in Cyrillic. */
export const CITES = 'cites|сайтс|ситес';

/** Nouns for papers and permits. */
export const PAPER =
  'certificates?|certs?|papers?|paperwork|documents?|docs|permits?|licen[cs]es?|' +
  'certificats?|papiers?|permis|' +
  'papiere[n]?|zertifikat(?:e|en)?|bescheinigung(?:en)?|dokumente[n]?|genehmigung(?:en)?|nachweis(?:e)?|unterlagen|' +
  'papieren|certifica(?:at|ten)|documenten|vergunning(?:en)?|' +
  'papeles|certificados?|documentos?|documentación|permisos?|' +
  'documenti|documento|certificat[oi]|documentazione|permess[oi]|' +
  'dokument(?:y|ami|ów|acja|acji)?|certyfikat(?:y|em|u|ów)?|świadectw(?:o|a|em)|zezwoleni(?:e|a|em)|papier(?:y|ami|ów)|' +
  'документ(?:ы|ами|ов|а)?|сертификат(?:ы|ом|а|ов)?|разрешени(?:е|я|ем)|бумаг(?:и|ами)?|справк(?:а|и|ой)';

/** Documents that are a permit claim on their own, with the label the researcher sees. */
export const NAMED_PERMITS: ReadonlyArray<[label: string, source: string]> = [
  [
    'Article 10 certificate',
    '(?:art(?:icle|ikel|ículo|icolo|ykuł|\\.)?\\s?10|статья\\s?10)(?![\\p{N}])(?:[\\s-]*(?:cert\\p{L}*|bescheinigung|paper\\p{L}*|certifica\\p{L}*))?|' +
      'a10[\\s-]*(?:cert\\p{L}*|bescheinigung|paper\\p{L}*)|eu-?\\s?bescheinigung|eg-?\\s?bescheinigung|eu[-\\s]certificate|' +
      'certificat intra-?communautaire|cic(?![\\p{L}])',
  ],
  ['marketing permit', 'vermarktungsgenehmigung|vermarktungsbescheinigung'],
  [
    'breeding certificate',
    'zuchtbescheinigung|nachzuchtbescheinigung|zuchtnachweis|herkunftsnachweis|breeding certificate|' +
      "breeder'?s certificate|certificat de naissance|certificat de cession|certificado de cría|certificato di nascita",
  ],
];

/** "with papers", "mit Papieren", "с документами": with-words before a document. */
export const WITH =
  'with|incl\\.?|including|avec|mit|inkl\\.?|inklusive|met|inclusief|con|incluye|incluso|z|ze|wraz z|с|со|есть|имеются';

/** "papers available", "Papiere vorhanden": a document said to exist. */
export const AVAILABLE =
  'available|included|provided|supplied|disponibles?|fournis?|inclus|vorhanden|dabei|liegen vor|liegt vor|anbei|aanwezig|beschikbaar|' +
  'incluidos?|disponibili|inclusi|forniti|dostępne|są|имеются|есть|в наличии|прилагаются|прилагается';

/** Words that deny what follows: "no CITES papers", "ohne Papiere", "pas de papiers", "без документов". */
export const NOT_BEFORE =
  "no|not|without|none|never|(?:does|do|did|has|have)n't(?: have| come with| include)?|has no|have no|comes without|" +
  "pas de|pas d'|sans|aucune?|n'a pas|n'ai pas|n'ont pas|ni|" +
  'ohne|kein(?:e|en|er|es)?|nicht|zonder|geen|niet|sin|no hay|ningún|ninguna|senza|non|nessun[oa]?|priv[oa] di|' +
  'bez|brak|nie ma|nie|żadnych|без|нет|не|отсутствуют|отсутствует';

/** Words that deny what precedes: "CITES papers not available", "Документов нет", "Papiere: keine". */
export const NOT_AFTER =
  'not available|not included|not provided|none|no|n/a|missing|nicht vorhanden|nicht dabei|keine|nein|fehlen|fehlt|' +
  'non disponibles?|non fournis|non|aucun|absents?|manquants?|niet aanwezig|niet beschikbaar|geen|nee|ontbreken|' +
  'no disponibles?|ninguno|non disponibil[ei]|assenti|mancanti|brak|nie|niedostępne|нет|отсутствуют|отсутствует|не прилагаются|не имеется';

/** Exemptions sellers claim, with their labels. */
export const EXEMPTIONS: ReadonlyArray<[label: string, source: string]> = [
  [
    'pre-1947',
    "(?:pre|before|vor|voor|vóór|avant|antes de|anterior a|anteriores a|prima del|przed|до|older than|antérieur à|antérieure à)[\\s-]*(?:the\\s|dem\\s|l'an\\s|el\\s|il\\s)?1947(?![\\p{N}])|pre[\\s-]?'?47(?![\\p{N}])",
  ],
  [
    'pre-Convention',
    'pre-?\\s?convention|pré-?\\s?convention|preconvenci[oó]n|pre-?convenzione|przedkonwencyjn\\p{L}*|pre-?\\s?cites|pre-?\\s?ban|' +
      'vor dem washingtoner|vor inkrafttreten|antérieur à la convention|(?:pre|before|vor|avant|przed|до)[\\s-]*(?:1975|1976)(?![\\p{N}])',
  ],
  [
    'antique',
    'antiques?|antik(?:e|es|er)?|antiquität(?:en)?|antiquités?|antiek(?:e)?|antigüedad(?:es)?|antigu[oa]s?|antic[oa]|antichi|antiquariato|' +
      'antyk(?:i)?|antyczn\\p{L}*|антиквариат|антикварн\\p{L}*|старинн\\p{L}*|' +
      '(?:18|19|xviii|xix)(?:th|e|ème|\\.|°)?\\s?(?:century|siècle|jahrhundert|eeuw|siglo|secolo|wiek|век)|(?:siglo|secolo)\\s(?:xviii|xix)',
  ],
];

/** "Antique white", "Antik-Optik": a colour or a look, not an age. */
export const NOT_ANTIQUE =
  'antique (?:white|brass|gold|silver|bronze|finish|look|style|effect|colou?r)|antik[\\s-]?(?:optik|look|weiß|messing)|' +
  '(?:style|look|aspect|finition|effet) antique|(?:stile|effetto) antico|estilo antiguo|antiekwit|antiek look|' +
  'not antique|kein antik|pas antique|no es antigu[oa]|non antic[oa]|nie antyk|не антиквариат';

/** Captive breeding: not a permit, but a claim the researcher wants beside it. */
export const CAPTIVE_BRED =
  "captive[\\s-]?bred|(?<![\\p{L}])(?:CB|DNZ)(?:\\s?'?\\d{2}|\\s?\\d{4})?(?![\\p{L}\\p{N}])|(?<![\\p{L}])NZ\\s?'?(?:\\d{2}|\\d{4})(?![\\p{N}])|" +
  'Nachzucht|née?s? en captivité|élevée?s? en captivité|cría en cautividad|nat[oi] in cattività|z hodowli|разведен\\p{L}* в неволе';
