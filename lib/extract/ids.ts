import type { PlatformSpec } from './platforms/schema';

/** Query parameters that name the ad: `?id=…`, `?itemId=…`, `?finnkode=…`. */
const ID_PARAMS =
  /[?&](?:id|item|itemid|item_id|adid|ad_id|aid|listingid|listing_id|advertid|advert_id|productid|product_id|lotid|lot_id|offerid|offer_id|finnkode)=([\w-]{4,40})(?:&|$)/i;

/** Path words that introduce an ad in many languages' URLs. */
const AD_WORD =
  'item|items|itm|listing|listings|ad|ads|annonce|annonces|anzeige|anzeigen|kleinanzeigen|s-anzeige|v|offer|offers|oferta|ogloszenie|obyavlenie|inzerat|annons|advert|adverts|classified|classifieds|lot|lots|product|products|produkt|artikel|aukcja|vi|show|post|posts|p|l|d|a';

/** Generic listing-id shapes, the most telling first; each is read from the path and query. */
const GENERIC_LISTING: readonly RegExp[] = [
  new RegExp(`/(?:${AD_WORD})/(?:[^/?#]+/)*?([A-Za-z]{0,2}\\d{5,}[A-Za-z0-9]*)(?=[-_/?#.]|$)`, 'i'),
  /[/_-](\d{6,})\.s?html?(?:[?#]|$)/,
  /\/[^/?#]*?[-_](\d{6,})\/?(?:[?#]|$)/,
  /\/(\d{6,})\/?(?:[?#]|$)/,
];

/** Path words that introduce a seller's profile, in Spoor's languages and the Nordic ones. */
const PROFILE_WORD = [
  'user|users|u|usr|profile|profiles|member|members|seller|sellers|vendor|vendors|shop|store|stores|people|account|accounts|brands|str',
  'utilisateur|membre|membres|vendeur|profil|boutique',
  'benutzer|nutzer|mitglied|mitglieder|verkaeufer|anbieter',
  'gebruiker|gebruikers|verkoper|profiel|winkel',
  'usuario|usuarios|miembro|vendedor|perfil|tienda',
  'utente|utenti|membro|venditore|profilo|negozio',
  'uzytkownik|sprzedawca|sklep|konto',
  'polzovatel|prodavec|profil',
  'anvandare|bruger|brugere|profiili|kayttaja|o-profile|s-seller',
].join('|');
const PROFILE_PATH = new RegExp(`/(?:${PROFILE_WORD})/([^/?#]+)((?:/[^/?#]+)*)`, 'i');
const PROFILE_PARAM = /[/?&,](?:userid|user_id|sellerid|seller_id|uid|memberid|member_id)[=,]([\w-]{2,60})(?:[&/]|$)/i;
/** Path segments of a profile that are not the seller's id ("/profile/account/<id>", "/user/me"). */
const NOT_AN_ID =
  /^(profile|profiles|account|accounts|public|show|view|about|info|items|ads|listings|shop|reviews|ratings|feedback|me|edit|settings|u|id)$/i;

/** The path and query of an absolute URL, or undefined. */
function pathOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return undefined;
  }
}

export interface UrlId {
  id: string;
  /** The platform's own pattern found it (rather than a generic shape). */
  byPlatform: boolean;
}

/**
 * The listing id a URL holds: by the platform's own patterns first, then by generic shapes
 * ("/items/<id>-…", "/<id>.html", "?id=…").
 * @example listingIdFromUrl('https://www.vinted.fr/items/3456789012-perroquet') // { id: '3456789012', byPlatform: false }
 */
export function listingIdFromUrl(url: string, spec?: PlatformSpec): UrlId | undefined {
  const path = pathOf(url);
  if (!path) return undefined;
  for (const source of spec?.listingIdInUrl ?? []) {
    const id = new RegExp(source).exec(path)?.[1];
    if (id) return { id, byPlatform: true };
  }
  for (const pattern of [ID_PARAMS, ...GENERIC_LISTING]) {
    const id = pattern.exec(path)?.[1];
    if (id && /\d/.test(id)) return { id, byPlatform: false };
  }
  return undefined;
}

/**
 * The seller's id a profile link holds, by the platform's patterns, else generic shapes
 * ("/user/<id>", "/u/<name>/<number>", "?userId=…"); undefined when the link is no profile.
 * @example sellerIdFromUrl('https://shop.example/u/marco/13404114/') // '13404114'
 */
export function sellerIdFromUrl(url: string, spec?: PlatformSpec): string | undefined {
  const path = pathOf(url);
  if (!path) return undefined;
  for (const source of spec?.sellerProfile ?? []) {
    const id = new RegExp(source).exec(path)?.[1];
    if (id) return decodeSafely(id);
  }
  const param = PROFILE_PARAM.exec(path)?.[1];
  if (param) return param;
  const match = PROFILE_PATH.exec(path);
  if (!match) return undefined;
  const segments = [match[1], ...match[2].split('/')].filter((segment) => segment && !NOT_AN_ID.test(segment));
  if (segments.length === 0) return undefined;
  // "/u/marco/13404114": the number is the id; "/member/12345678-birdlover" and "/user/juanp-987654321": so is theirs.
  const numbered = segments.find((segment) => /^\d{4,}$/.test(segment));
  const [first] = segments;
  const withNumber = /^(\d{4,})-[\p{L}\d_.-]+$/u.exec(first)?.[1] ?? /^[\p{L}\d_.]+-(\d{5,})$/u.exec(first)?.[1];
  return decodeSafely(numbered ?? withNumber ?? first);
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text).slice(0, 100);
  } catch {
    return text.slice(0, 100);
  }
}
