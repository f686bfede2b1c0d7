/**
 * Labels pages put before a value ("Vendeur : Jean", "Anzeigennr.: 2690123456"), per field, in
 * EN FR DE NL ES IT PL RU and, where cheap, Swedish, Danish, Norwegian and Finnish. Lower case;
 * a label matches whole words at the start of a short text, with or without a colon.
 */
export type LabelledField = 'seller' | 'location' | 'listingId' | 'postedAt' | 'price';

const LABELS: Readonly<Record<LabelledField, readonly string[]>> = {
  seller: [
    ...['seller', 'sold by', 'vendor', 'posted by', 'listed by', 'advertiser', 'offered by', 'seller name'],
    ...['vendeur', 'vendeuse', 'vendu par', 'annonceur', 'proposé par', 'publié par', 'publiée par'],
    ...['verkäufer', 'verkäuferin', 'anbieter', 'anbieterin', 'inserent', 'verkauft von', 'angeboten von'],
    ...['verkoper', 'aanbieder', 'adverteerder', 'verkocht door', 'aangeboden door'],
    ...['vendedor', 'vendedora', 'anunciante', 'vendido por', 'publicado por'],
    ...['venditore', 'venditrice', 'inserzionista', 'venduto da', 'pubblicato da'],
    ...['sprzedający', 'sprzedawca', 'ogłoszeniodawca', 'wystawiający', 'sprzedane przez', 'imię'],
    ...['продавец', 'автор объявления', 'владелец', 'контактное лицо'],
    ...['säljare', 'sælger', 'annoncør', 'selger', 'myyjä'],
  ],
  location: [
    ...['location', 'item location', 'located in', 'area', 'city', 'collection from', 'pickup location'],
    ...['lieu', 'localisation', 'ville', 'emplacement', 'situé à', 'localité'],
    ...['standort', 'artikelstandort', 'ort', 'wohnort', 'abholort', 'region'],
    ...['locatie', 'plaats', 'woonplaats', 'ophalen in'],
    ...['ubicación', 'localización', 'localidad', 'ciudad', 'población'],
    ...['ubicazione', 'località', 'luogo', 'città', 'comune'],
    ...['lokalizacja', 'miejscowość', 'miasto', 'lokalizacja przedmiotu'],
    ...['местоположение', 'адрес', 'город', 'расположение', 'регион'],
    ...['plats', 'ort', 'placering', 'sted', 'beliggenhed', 'sijainti'],
  ],
  listingId: [
    ...['ad id', 'ad no', 'ad no.', 'ad number', 'ad ref', 'listing id', 'listing number', 'item number', 'item no'],
    ...['item id', 'reference', 'ref', 'ref.', 'post id', 'lot', 'lot number', 'lot no'],
    ...['annonce n°', "n° d'annonce", "numéro d'annonce", 'référence', 'réf', 'réf.', 'réf. annonce', 'n° de lot'],
    ...["numéro d'objet", "n° d'objet", 'numéro de lot', 'advert id', 'advert ref', 'advert no'],
    ...['anzeigennummer', 'anzeigennr', 'anzeigennr.', 'anzeigen-id', 'anzeige-nr', 'anzeige-nr.', 'artikelnummer'],
    ...['angebotsnummer', 'willhaben-code', 'inseratnummer', 'inserat-nr', 'inserat-nr.', 'inserat-id', 'objektnummer'],
    ...['anzeigen-nr', 'anzeigen-nr.', 'anzeigen-nummer', 'artikel-nr', 'artikel-nr.', 'art.-nr.'],
    ...['advertentienummer', 'advertentie-id', 'advertentienr', 'advertentienr.', 'referentie', 'kavelnummer'],
    ...['referencia', 'ref. anuncio', 'nº de anuncio', 'número de anuncio', 'id del anuncio', 'n.º de anuncio'],
    ...['codice annuncio', 'id annuncio', 'numero annuncio', 'rif.', 'riferimento', 'codice'],
    ...['numer ogłoszenia', 'nr ogłoszenia', 'id ogłoszenia', 'id', 'nr oferty', 'numer oferty'],
    ...['номер объявления', '№ объявления', 'объявление №', 'id объявления', 'артикул'],
    ...['annons-id', 'annonsnummer', 'annons-nr', 'annonce-id', 'annoncenummer', 'annoncenr', 'finn-kode', 'finnkode'],
  ],
  postedAt: [
    ...[
      'posted',
      'posted on',
      'published',
      'published on',
      'date posted',
      'listed',
      'listed on',
      'date listed',
      'added',
    ],
    ...['publié', 'publiée', 'publié le', 'publiée le', 'mis en ligne', 'mise en ligne', 'date de publication'],
    ...[
      'déposée le',
      'déposé le',
      'en ligne depuis',
      'ajouté',
      'ajoutée',
      'ajouté le',
      'date',
      'uploaded',
      'date added',
    ],
    ...[
      'erstellt',
      'erstellt am',
      'eingestellt',
      'eingestellt am',
      'online seit',
      'veröffentlicht',
      'eingestellt seit',
    ],
    ...['hochgeladen', 'datum', 'inseriert', 'inseriert am'],
    ...['geplaatst', 'geplaatst op', 'sinds', 'datum geplaatst', 'toegevoegd'],
    ...['publicado', 'publicado el', 'fecha de publicación', 'añadido', 'subido'],
    ...['pubblicato', 'pubblicato il', 'data di pubblicazione', 'inserito', 'inserito il', 'aggiunto', 'caricato'],
    ...['dodane', 'dodano', 'data dodania', 'opublikowane', 'opublikowano', 'wystawiono', 'dodany', 'data'],
    ...['размещено', 'опубликовано', 'дата публикации', 'добавлено', 'дата размещения', 'дата', 'загружено'],
    ...['publicerad', 'inlagd', 'upplagd', 'oprettet', 'indrykket', 'lagt ud', 'julkaistu', 'publisert'],
  ],
  price: [
    ...['price', 'asking price', 'prix', 'preis', 'kaufpreis', 'festpreis', 'prijs', 'vraagprijs', 'precio'],
    ...['prezzo', 'cena', 'цена', 'стоимость', 'pris', 'hinta', 'pris:'],
  ],
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/** Longest labels first, so "item location" wins over "location". */
const PATTERNS: ReadonlyArray<[LabelledField, RegExp]> = (Object.keys(LABELS) as LabelledField[]).map((field) => {
  const words = [...LABELS[field]].sort((a, b) => b.length - a.length).map(escape);
  return [field, new RegExp(`^(?:${words.join('|')})(?![\\p{L}\\p{N}])\\s*[:：]?\\s*`, 'iu')];
});

/** Lower case, one kind of apostrophe, one space. */
export const foldLabel = (text: string) => text.normalize('NFC').replace(/[’`´]/g, "'").replace(/\s+/g, ' ').trim();

const COMPOUND = /^([^/:：]{1,30}?)\s?\/\s?([^/:：]{1,30}?)(\s*[:：].*)?$/u;

/** "PLZ / Ort", "Ville / Code postal :": a label of two names is read by the one that is a label. */
function oneOfTwo(text: string): string {
  const parts = COMPOUND.exec(text);
  if (!parts) return text;
  const label = [parts[1], parts[2]].find((part) =>
    PATTERNS.some(([, pattern]) => pattern.exec(part.trim())?.[0].trim().length === part.trim().length),
  );
  return label ? `${label.trim()}${parts[3] ?? ''}` : text;
}

/** "Sold by Jean", "vendu par Jean": labels that end in a preposition need no colon. */
const ENDS_IN_BY = /(?:\sby|\spar|\svon|\sdoor|\spor|\sda|\sprzez|\sin|\sà|\sfrom)$/iu;

/**
 * The field a short text labels, and the value written after the label in the same text. Names
 * and places written on after a label need a colon ("Vendeur : Jean"), so "Seller information" or
 * "Area personale" are no labels; ids, dates and prices are checked by their shape instead.
 * @example labelIn('Anzeigennr.: 2690123456') // { field: 'listingId', rest: '2690123456' }
 * @example labelIn('Vendeur') // { field: 'seller', rest: '' }
 */
export function labelIn(text: string): { field: LabelledField; rest: string } | undefined {
  const folded = oneOfTwo(foldLabel(text));
  if (folded.length > 120) return undefined;
  for (const [field, pattern] of PATTERNS) {
    const match = pattern.exec(folded);
    if (!match) continue;
    const after = folded.slice(match[0].length);
    const rest = after.replace(/^[-–—:]\s*/, '').trim();
    const separated = /[:：]\s*$/.test(match[0]) || /^[-–—]\s/.test(after);
    const free = field !== 'seller' && field !== 'location';
    if (rest && !free && !separated && !ENDS_IN_BY.test(match[0].trim())) continue;
    return { field, rest };
  }
  return undefined;
}
