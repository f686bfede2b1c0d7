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

/** The element right after `label` that holds its value: dd after dt, td after th, the next span. */
function valueElementAfter(label: Element): Element | undefined {
  let node: Element | null = label;
  for (let level = 0; node && level < 3; level += 1, node = node.parentElement) {
    const next = node.nextElementSibling;
    if (next && shortText(next, 10)) return next;
    // Only climb while the container holds nothing but the label.
    if (!node.parentElement || foldLabel(shortText(node.parentElement, 200)) !== foldLabel(shortText(node, 200))) break;
  }
  return undefined;
}

/** The value after a label that stands alone in its text node: the rest of the parent's text, or the next element. */
function valueAfter(label: Element, labelText: string): { text: string; element: Element } | undefined {
  const parentText = shortText(label, 300);
  const inline = labelIn(parentText);
  if (inline?.rest && foldLabel(parentText) !== foldLabel(labelText)) return { text: inline.rest, element: label };
  const next = valueElementAfter(label);
  return next ? { text: firstLine(next), element: next } : undefined;
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
    const value = label.rest ? { text: label.rest, element } : valueAfter(element, text);
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
