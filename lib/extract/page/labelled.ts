import { firstText, inSiteChrome, isContent, shortText, textNodes } from './dom';
import { foldLabel, labelIn, type LabelledField } from './labels';

/** A value the page shows next to a label, with the element holding it. */
export interface LabelledValue {
  field: LabelledField;
  text: string;
  /** The label and the value as the page wrote them together: "Dodane 2 dni temu". */
  phrase: string;
  /** The element the value was read from (a link inside it may be the seller's profile). */
  element: Element;
}

const MAX_VALUE = 120;

/** The first line of an element's text: a seller card reads "Jean · Membre depuis 2019". */
function firstLine(element: Element): string {
  const whole = shortText(element, 400);
  return whole.length <= 80 ? whole : (firstText(element) ?? whole.slice(0, MAX_VALUE));
}

/**
 * The value after a label: the first non-blank thing that follows it, climbing out of wrappers that
 * hold nothing but the label: dd after dt, td after th, the next span, or the text right after a
 * `<strong>Publié :</strong>`.
 */
function valueAfter(label: Text): { text: string; element: Element } | undefined {
  let node: Node | null = label;
  for (let level = 0; node && level < 4; level += 1) {
    for (let next = node.nextSibling; next; next = next.nextSibling) {
      if (next.nodeType === 3 && next.nodeValue?.trim())
        return { text: next.nodeValue.trim(), element: next.parentElement! };
      if (next.nodeType === 1 && isContent(next as Element) && shortText(next as Element, 10)) {
        return { text: firstLine(next as Element), element: next as Element };
      }
    }
    const parent: Element | null = node.parentElement;
    // Only climb while the container holds nothing but the label.
    if (!parent || foldLabel(shortText(parent, 200)) !== foldLabel(label.nodeValue ?? '')) return undefined;
    node = parent;
  }
  return undefined;
}

/**
 * Every labelled value on the page, in document order: "Vendeur : Jean", `<dt>Standort</dt><dd>Berlin</dd>`,
 * `<th>Anzeigennr.</th><td>2690123456</td>`, "Ref: 12345" in one line. Site navigation and footers are skipped.
 * @example labelledValues(document).find((value) => value.field === 'seller')?.text // 'Jean'
 */
export function labelledValues(doc: Document, max = 40): LabelledValue[] {
  const found: LabelledValue[] = [];
  for (const node of textNodes(doc)) {
    const text = node.nodeValue!;
    if (text.length > 120) continue;
    const label = labelIn(text);
    const element = node.parentElement;
    if (!label || !element || !isContent(element) || inSiteChrome(element)) continue;
    const value = label.rest ? { text: label.rest, element } : valueAfter(node);
    const cleaned = value?.text
      .replace(/^[:：\-–—]\s*/, '')
      .trim()
      .slice(0, MAX_VALUE);
    const phrase = `${text.replace(/\s+/g, ' ').trim()}${label.rest ? '' : ` ${cleaned}`}`;
    if (value && cleaned) found.push({ field: label.field, text: cleaned, phrase, element: value.element });
    if (found.length >= max) break;
  }
  return found;
}
