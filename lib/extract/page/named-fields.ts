import type { ExtractContext, SourcedCandidate } from '../candidate';
import { LIMITS } from '../candidate';
import { readPostedDate } from '../posted-date';
import { cleanText, firstOf } from '../text';
import { inSiteChrome, isContent, shortText } from './dom';
import { around, namedElements, namedLike, treeDistance } from './tree';

/** A short word as a whole part of a class name: "city" but not "opacity", "sted" but not "posted". */
const part = (words: string) => `(?:^|[^a-z])(?:${words})(?:$|[^a-z])`;

/** Class and id words for a place, in English and in Spoor's other languages (local sites name classes in theirs). */
const LOCATION_NAME = new RegExp(
  [
    'location|locality|address|region',
    part('city|place|geo|lieu|ort|sted|plats'),
    'ville|localisation|adresse|localite|standort|wohnort',
    'plaats|locatie|woonplaats',
    'ubicacion|localidad|ciudad|poblacion',
    'luogo|localita|citta|comune',
    'lokalizacja|miasto|miejscowosc',
    'gorod|mesto|адрес|город',
    'omrade|sijainti',
  ].join('|'),
);
const DATE_NAME = /date|time|posted|published|created|datum|fecha|\bdata\b|дата|timestamp|ago/;
const DESCRIPTION_NAME =
  /description|beschreibung|descripcion|descrizione|opis|описание|omschrijving|beskrivning|beskrivelse|caption|message_text|post-body|body-text|ad-text/;

/** Elements (of a tag, or named like `pattern`) near the heading (or anywhere, without one), nearest first. */
function named(context: ExtractContext, tag: string | undefined, pattern: RegExp, heading?: Element): Element[] {
  const scope = heading ? around(heading, context.doc, 8) : context.doc;
  const candidates = tag ? firstOf(scope.getElementsByTagName(tag), 500) : namedElements(scope);
  const found = candidates.filter(
    (element) => (tag || namedLike(element, pattern, 0)) && isContent(element) && !inSiteChrome(element),
  );
  if (!heading) return found;
  return found
    .map((element) => [element, treeDistance(heading, element)] as const)
    .filter(([, distance]) => distance <= 16)
    .sort((a, b) => a[1] - b[1])
    .map(([element]) => element);
}

/**
 * Fields found by what the page names their elements rather than by a label: a location in an
 * element classed "location" or an `<address>`, a date in `<time>` or a "date" element, the
 * description in a "description" box. Each only near the main heading, so the "similar ads"
 * below the ad do not count.
 * @example fromNamedElements(context, h1)
 */
export function fromNamedElements(context: ExtractContext, heading?: Element): SourcedCandidate[] {
  const found: SourcedCandidate[] = [];
  const place = [...named(context, 'address', /./, heading), ...named(context, undefined, LOCATION_NAME, heading)]
    .map((element) => shortText(element, 150))
    .find((text) => text.length <= 100 && (text.match(/\p{L}/gu)?.length ?? 0) >= 3 && !/[€£$₽]/.test(text));
  if (place)
    found.push({
      source: 'visible',
      candidate: { location: cleanText(place, LIMITS.location) },
      confidence: { location: 0.55 },
    });

  for (const element of [
    ...named(context, 'time', /./, heading),
    ...named(context, undefined, DATE_NAME, heading),
  ].slice(0, 20)) {
    const attribute = element.getAttribute('datetime');
    const shown = readPostedDate(shortText(element, 80), context.now, context.hints);
    // The machine-readable datetime is exact; the words shown ("il y a 2 jours") are kept beside it.
    const posted = (attribute ? readPostedDate(attribute, context.now, context.hints) : undefined) ?? shown;
    if (!posted) continue;
    const candidate = { postedAt: posted.postedAt, ...(shown && { postedText: shown.postedText }) };
    found.push({ source: 'visible', candidate, confidence: { postedAt: attribute ? 0.65 : 0.55 } });
    break;
  }

  const description = named(context, undefined, DESCRIPTION_NAME, heading)
    .map((element) => shortText(element, LIMITS.scannedDescription))
    .find((text) => text.length >= 20);
  if (description) found.push({ source: 'visible', candidate: { description }, confidence: { description: 0.6 } });
  // A plain page names no description box: the text around its heading is the ad's text, read last.
  const surrounding = heading && shortText(around(heading, context.doc, 2), LIMITS.scannedDescription);
  if (surrounding && surrounding.length >= 20) {
    found.push({ source: 'visible', candidate: { description: surrounding }, confidence: { description: 0.35 } });
  }
  return found;
}
