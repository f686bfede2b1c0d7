import type { AdCandidate, ExtractContext, SourcedCandidate } from '../candidate';
import { LIMITS } from '../candidate';
import { sellerIdFromUrl } from '../ids';
import { metaContents } from '../opengraph';
import { readPostedDate } from '../posted-date';
import { parsePrice, pricesInText } from '../price';
import { absoluteHttpUrl, cleanText } from '../text';
import { shortText, treeDistance } from './dom';
import { mainHeading, titleHeadings } from './heading';
import { labelledValues, type LabelledValue } from './labelled';
import { fromNamedElements } from './named-fields';
import { sellerFromLinks } from './seller-link';
import { visiblePrices } from './visible-price';

/** What a seller label may be followed by that is the kind of seller, not a name. */
const SELLER_KIND =
  /^(privat\w*|private( seller)?|particulier|professionnel|pro|gewerblich\w*|commercial|business|particular|profesional|privato|professionista|prywatn\w*|firma|частное лицо|компания|магазин|bedrijf|zakelijk|handlare|forhandler)$/iu;

/** "Jean · Membre depuis 2019", "hans_b (123) ★★★★★": the name alone. */
function sellerName(text: string): string | undefined {
  const name = text
    .split(/\s[·|•]\s|\s{2,}|\n/)[0]
    .replace(/\s*\(\d+\)\s*$/, '')
    .replace(/\s*[★☆]+.*$/, '')
    .trim();
  return name && !SELLER_KIND.test(name) && /\p{L}/u.test(name) ? cleanText(name, LIMITS.sellerName) : undefined;
}

function sellerFromLabel(value: LabelledValue, context: ExtractContext): AdCandidate['seller'] {
  const link = value.element.closest('a[href]') ?? value.element.querySelector('a[href]');
  const profileUrl = link ? absoluteHttpUrl(link.getAttribute('href'), context.url) : undefined;
  const name = sellerName(link ? shortText(link, 80) || value.text : value.text);
  const id = profileUrl ? sellerIdFromUrl(profileUrl, context.spec) : undefined;
  if (!name && !id) return undefined;
  return { ...(name && { name }), ...(id && { id }), ...(id && profileUrl && { profileUrl }) };
}

/** What one labelled value proposes for its field. */
function fromLabel(value: LabelledValue, context: ExtractContext): AdCandidate {
  switch (value.field) {
    case 'seller':
      return { seller: sellerFromLabel(value, context) };
    case 'location':
      return /\p{L}/u.test(value.text) ? { location: cleanText(value.text, LIMITS.location) } : {};
    case 'listingId':
      return { listingId: /[A-Za-z0-9][\w-]*\d[\w-]*/.exec(value.text)?.[0]?.slice(0, LIMITS.listingId) };
    case 'postedAt': {
      const posted = readPostedDate(value.text, context.now, context.hints);
      return posted ? { postedAt: posted.postedAt, postedText: posted.postedText } : {};
    }
    case 'price':
      return { price: parsePrice(value.text, context.hints) };
  }
}

const LABEL_CONFIDENCE = { seller: 0.78, location: 0.75, listingId: 0.85, postedAt: 0.8, price: 0.8 } as const;

/**
 * The ad as a person reads the page, for sites with little or no structured data: the main
 * heading near the price, a price shown as text, labelled values in any of Spoor's languages,
 * the seller's profile link, named location and date elements, and a price in the caption.
 * @example fromVisiblePage(context, ['Gumtree'])
 */
export function fromVisiblePage(context: ExtractContext, siteNames: readonly string[]): SourcedCandidate[] {
  const { doc, hints } = context;
  const headings = titleHeadings(doc, siteNames);
  const prices = visiblePrices(doc, headings, hints);
  const heading = mainHeading(doc, headings, prices[0]?.element);
  const found: SourcedCandidate[] = [];
  if (heading)
    found.push({ source: 'visible', candidate: { title: heading.text }, confidence: { title: heading.confidence } });
  if (prices[0])
    found.push({ source: 'visible', candidate: { price: prices[0].price }, confidence: { price: prices[0].score } });

  const taken = new Set<string>();
  for (const value of labelledValues(doc)) {
    const candidate = fromLabel(value, context);
    if (taken.has(value.field) || Object.values(candidate).every((field) => field === undefined)) continue;
    taken.add(value.field);
    const far = heading && treeDistance(heading.element, value.element) > 24 ? 0.1 : 0;
    const confidence = LABEL_CONFIDENCE[value.field] - far;
    found.push({ source: 'labelled', candidate, confidence: { [value.field]: confidence } });
  }

  const link = sellerFromLinks(doc, context.url, context.spec, heading?.element);
  if (link)
    found.push({ source: 'visible', candidate: { seller: link.seller }, confidence: { seller: link.confidence } });
  found.push(...fromNamedElements(context, heading?.element));

  if (!prices[0]) {
    // Social posts name the price in their caption: "180€ à débattre".
    const caption = metaContents(doc, 'og:description')[0] ?? metaContents(doc, 'description')[0] ?? '';
    const mention = pricesInText(caption, hints)[0];
    if (mention) found.push({ source: 'visible', candidate: { price: mention.price }, confidence: { price: 0.45 } });
  }
  return found;
}
