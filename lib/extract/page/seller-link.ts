import type { AdCandidate } from '../candidate';
import { LIMITS } from '../candidate';
import { sellerIdFromUrl } from '../ids';
import type { PlatformSpec } from '../platforms/schema';
import { platformSpecFor } from '../platform';
import { sameSite } from '../site';
import { absoluteHttpUrl, cleanText, firstOf } from '../text';
import { firstText, inSiteChrome, isContent, shortText } from './dom';
import { namedLike, treeDistance } from './tree';
import { labelIn } from './labels';

export interface SellerSighting {
  seller: NonNullable<AdCandidate['seller']>;
  confidence: number;
  element: Element;
}

const SELLER_NAME =
  /seller|vendor|vendeur|verk(ae|ä)ufer|anbieter|verkoper|vendedor|venditore|sprzedaj|продав|user|owner|author|profile|profil|member|merchant|advertiser|poster|shop-info|store-info|contact|channel|account/;
/** Link texts that say what the link does rather than who the seller is. */
const GENERIC =
  /profil|profile|view|voir|ansehen|bekijk|\bver\b|vedi|zobacz|смотреть|show|all ads|alle anzeigen|toutes ses annonces|other items|more from|weitere|anzeigen des|contact|message|nachricht|follow|suivre|folgen|seguir|segui|obserwuj|подписаться|visit|besuchen|visiter|shop now|my account|mon compte|mein konto|login|log in|sign in|anmelden|connexion|inloggen|войти|zaloguj|\(\d+\)$|^\d+$|^[★☆\s\d.,]+$/iu;

/**
 * Whether a link could be a profile at all, before it is parsed: a profile word in its path or a
 * user parameter, or a single path segment (social accounts). Links to other ads are skipped fast.
 */
const PROFILE_HINT =
  /\/(?:[a-z-]*(?:user|usr|profil|member|membre|mitglied|seller|vendor|vendeur|verk|anbieter|shop|store|boutique|people|account|konto|brands|str|utente|usuario|uzytkownik|gebruiker|bruger|profiili|kayttaja|anvandare|polzovatel|prodavec|perfil|profiel|tienda|negozio|winkel|sklep|s-seller|o-profile|marketplace)[a-z-]*\b)|[?&,](?:user|seller|uid|member)|^(?:(?:https?:)?\/\/[^/]+)?\/(?:s\/)?[\w.-]+\/?(?:[?#]|$)/i;

const NOT_ACCOUNT =
  /^(about|help|contact|login|search|home|index|terms|privacy|cart|account|settings|faq|shop|store)$/i;

function accountPath(url: string): string | undefined {
  const segment = /^\/([\w.-]{2,40})\/?$/.exec(new URL(url).pathname)?.[1];
  // "/memberlist.php" is a script, not an account.
  const script = /\.(php|aspx?|jsp|html?|cgi)$/i.test(segment ?? '');
  return segment && !script && !NOT_ACCOUNT.test(segment) && !/^\d+$/.test(segment) ? segment : undefined;
}

function isName(text: string): boolean {
  return text.length >= 2 && text.length <= 60 && !GENERIC.test(text) && !labelIn(text)?.field && /\p{L}/u.test(text);
}

/** A seller's name near its profile link: the link's first text, else a short heading-like text in the seller's box. */
function nameNear(link: Element): string | undefined {
  const own = firstText(link, isName);
  if (own) return own;
  const box = link.closest('[class], [id]');
  for (const element of box ? firstOf(box.querySelectorAll('h2, h3, h4, strong, b, span, p, div'), 30) : []) {
    if (element.children.length > 1) continue;
    const text = shortText(element, 80);
    if (isName(text)) return text;
  }
  return undefined;
}

/**
 * The seller as their profile link shows them: links whose path has a profile's shape (the
 * platform's patterns, or /user/…, /profil/…, ?userId=…) in a seller-like box or near the main
 * heading, never in the site's navigation (where the researcher's own account link sits).
 * @example sellerFromLinks(document, url, spec, h1)?.seller // { name: 'Jean', id: 'abc-123', profileUrl:
 * '…/profil/abc-123' }
 */
export function sellerFromLinks(
  doc: Document,
  url: string,
  spec: PlatformSpec | undefined,
  heading: Element | undefined,
): SellerSighting | undefined {
  let best: SellerSighting | undefined;
  const page = url.split('#')[0];
  const pageHost = new URL(url).hostname;
  for (const link of firstOf(doc.links, 3_000)) {
    const href = link.getAttribute('href');
    // Most links on a page lead to other ads: cheap tests first, the Public Suffix List last.
    const inSellerBox = namedLike(link, SELLER_NAME, 4);
    if (!href || (!inSellerBox && !PROFILE_HINT.test(href))) continue;
    const profileUrl = absoluteHttpUrl(href, url);
    if (!profileUrl || profileUrl.split('#')[0] === page) continue;
    const ownSite = new URL(profileUrl).hostname === pageHost || sameSite(profileUrl, url);
    // A link to another site counts only as a known platform's profile (the page was saved from there).
    const linkSpec = ownSite ? spec : platformSpecFor(profileUrl);
    // In a seller's box, a one-segment path is the account itself (social sites: /exotic_pets).
    const id = sellerIdFromUrl(profileUrl, linkSpec) ?? (inSellerBox ? accountPath(profileUrl) : undefined);
    // A link named as the seller's ("username") is theirs even when its URL holds no id.
    if ((!id && !inSellerBox) || !isContent(link) || inSiteChrome(link)) continue;
    if (!ownSite && !inSellerBox && !linkSpec) continue;
    let confidence = 0.55 + (inSellerBox ? 0.15 : 0) - (ownSite ? 0 : 0.05);
    if (heading && treeDistance(heading, link) <= 10) confidence += 0.05;
    const name = cleanText(nameNear(link), LIMITS.sellerName);
    if (!name) confidence -= 0.1;
    if (!id) confidence -= 0.1;
    if (!id && !name) continue;
    if (!best || confidence > best.confidence) {
      best = { seller: { ...(name && { name }), ...(id && { id }), profileUrl }, confidence, element: link };
    }
  }
  return best;
}
