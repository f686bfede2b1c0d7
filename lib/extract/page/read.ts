import type { AdCandidate, ExtractContext, SourcedCandidate } from '../candidate';
import { LIMITS } from '../candidate';
import { sellerIdFromUrl } from '../ids';
import { platformSpecFor } from '../platform';
import { metaContents } from '../opengraph';
import { readPostedDate } from '../posted-date';
import { parsePrice, pricesInText } from '../price';
import { absoluteHttpUrl, cleanText } from '../text';
import { firstText, shortText } from './dom';
import { treeDistance } from './tree';
import { type HeadingSighting, mainHeading, titleHeadings } from './heading';
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
  const name = sellerName(link ? (firstText(link, (text) => Boolean(sellerName(text))) ?? value.text) : value.text);
  const id = profileUrl ? sellerIdFromUrl(profileUrl, platformSpecFor(profileUrl) ?? context.shapes) : undefined;
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
    case 'postedAt':
      return postedFromLabel(value, context);
    case 'price':
      return { price: parsePrice(value.text, context.hints) };
  }
}

/** "… in Leeds, United Kingdom", "… à Lyon", "… в Москве": where a "posted …" line says the ad is. */
const POSTED_IN = /\s(?:in|à|a|en|w|в|i)\s(\p{Lu}[\p{L}' .-]+(?:,\s?[\p{L}' .-]+)?)$/u;

/** A posting date after a label: the datetime of a `<time>` is exact; the page's words are kept. */
function postedFromLabel(value: LabelledValue, context: ExtractContext): AdCandidate {
  const time = value.element.closest('time[datetime]') ?? value.element.querySelector('time[datetime]');
  const exact = time ? readPostedDate(time.getAttribute('datetime')!, context.now, context.hints) : undefined;
  const shown =
    readPostedDate(value.text, context.now, context.hints) ?? readPostedDate(value.phrase, context.now, context.hints);
  const posted = exact ?? shown;
  if (!posted) return {};
  const place = shown ? POSTED_IN.exec(value.text)?.[1] : undefined;
  return {
    postedAt: posted.postedAt,
    postedText: shown ? value.text : posted.postedText,
    ...(place && { location: cleanText(place, LIMITS.location) }),
  };
}

/**
 * The heading as a title. A heading that holds the price ("Carved tusk $450 (Oakland)") loses it,
 * and a place in brackets after it becomes a guess at the location.
 */
function titleFromHeading(heading: HeadingSighting, price: Element | undefined): SourcedCandidate {
  const priceText = price && price !== heading.element && heading.element.contains(price) ? shortText(price, 60) : '';
  if (!priceText || priceText.length > 48) {
    return { source: 'visible', candidate: { title: heading.text }, confidence: { title: heading.confidence } };
  }
  const rest = heading.text.replace(priceText, ' ').replace(/\s+/g, ' ').trim();
  const place = /^(.*?)\s*[-–·]?\s*\(([^()]{2,60})\)$/u.exec(rest);
  const title = (place?.[1] ?? rest).replace(/\s*[-–·]\s*$/, '');
  return {
    source: 'visible',
    candidate: { title, ...(place && { location: place[2] }) },
    confidence: { title: heading.confidence, location: 0.5 },
  };
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
  if (heading) found.push(titleFromHeading(heading, prices[0]?.element));
  if (prices[0])
    found.push({
      source: 'visible',
      candidate: { price: prices[0].price },
      confidence: { price: prices[0].score },
      shownPrices: prices.map((sighting) => sighting.price),
    });

  const taken = new Set<string>();
  for (const value of labelledValues(doc)) {
    const candidate = fromLabel(value, context);
    if (taken.has(value.field) || Object.values(candidate).every((field) => field === undefined)) continue;
    taken.add(value.field);
    const far = heading && treeDistance(heading.element, value.element) > 24 ? 0.1 : 0;
    const confidence = LABEL_CONFIDENCE[value.field] - far;
    // A place read from a "posted … in Leeds" line is a guess beside the date it came with.
    found.push({ source: 'labelled', candidate, confidence: { location: 0.5, [value.field]: confidence } });
  }

  const link = sellerFromLinks(doc, context.url, context.shapes, heading?.element);
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
