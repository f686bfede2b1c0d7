import { wordsPattern } from './text';

/** Words for papers, used next to "CITES" in every language Spoor covers. */
const PAPERS =
  '(certificate|certificat|certificado|certificato|cert|papers?|papieren|papiers|papeles|Papiere[n]?|Bescheinigung|Zertifikat|documents?|Dokumente[n]?|documenti|documentos|dokumentami|dokumenty|документ\\p{L}*|permit|Genehmigung|vergunning)';
const NEAR = '[^.!?\\n]{0,40}?';

/** What an ad may claim about its papers, each with the label the researcher sees. */
const CLAIMS: ReadonlyArray<[string, RegExp]> = [
  ['CITES certificate', new RegExp(`(?<![\\p{L}])CITES${NEAR}${PAPERS}|${PAPERS}${NEAR}CITES(?![\\p{L}])`, 'iu')],
  [
    'Article 10 certificate',
    /(?<![\p{L}])(Art(icle|ikel|ículo|icolo|ykuł|\.)?\s?10(?![\p{N}])|A10[\s-]*(cert|Bescheinigung|paper))|EU-?\s?Bescheinigung|EG-?\s?Bescheinigung|EU[-\s]certificate|certificat intra-?communautaire/iu,
  ],
  ['marketing permit', /Vermarktungsgenehmigung/iu],
  ['pre-Convention', /pre-?\s?convention|vor dem Washingtoner|antérieur à la convention/iu],
  ['pre-1947', /(pre|before|vor|avant|antes de|prima del|przed|до)[\s-]*(the\s)?1947|antérieur à 1947/iu],
  [
    'breeding certificate',
    wordsPattern([
      'Zuchtbescheinigung',
      'Nachzuchtbescheinigung',
      'breeding certificate',
      "breeder's certificate",
      'certificat de naissance',
    ]),
  ],
  [
    'captive bred',
    /captive[\s-]?bred|(?<![\p{L}])(CB|DNZ)(\s?'?\d{2}|\s?\d{4})?(?![\p{L}\p{N}])|(?<![\p{L}])NZ\s?'?(\d{2}|\d{4})(?![\p{N}])|Nachzucht|né(e)?s? en captivité|élevé(e)?s? en captivité|cría en cautividad|nato in cattività|z hodowli|разведен\p{L}* в неволе/u,
  ],
  [
    'no papers',
    wordsPattern([
      'without papers',
      'no papers',
      'ohne Papiere',
      'sans papiers',
      'sin papeles',
      'senza documenti',
      'bez dokumentów',
      'без документов',
      'zonder papieren',
    ]),
  ],
  [
    'papers',
    wordsPattern([
      'with papers',
      'mit Papieren',
      'avec papiers',
      'con papeles',
      'con documenti',
      'z dokumentami',
      'с документами',
      'met papieren',
    ]),
  ],
];

/**
 * The paperwork claims an ad makes, as a short list: "CITES certificate; pre-1947".
 * Generic "papers" is left out when a specific certificate is named.
 * @example paperworkClaims('Antique ivory, pre-1947, with CITES papers') // 'CITES certificate; pre-1947'
 */
export function paperworkClaims(text: string): string {
  const sample = text.slice(0, 20_000);
  const claims = CLAIMS.filter(([, pattern]) => pattern.test(sample)).map(([label]) => label);
  const specific = claims.some((label) => label.endsWith('certificate'));
  return claims.filter((label) => !(label === 'papers' && specific)).join('; ');
}
