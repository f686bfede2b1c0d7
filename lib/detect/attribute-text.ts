import type { Matcher } from '@/lib/matching/matcher';
import { HAS_WORD, hitsOf, type Hit } from './scan-block';
import { drawnWords } from './generated-text';
import { svgDrawnText } from './svg-text';

/**
 * Attributes that describe an element in words: read by screen readers, shown on hover or, for a field's
 * `placeholder`, in the empty field; never painted.
 */
const DESCRIBING_ATTRIBUTES = ['alt', 'title', 'aria-label', 'placeholder'] as const;
/**
 * Inputs whose value is words a person reads (not passwords, numbers, dates…), by `type` (missing, unknown: text): a
 * field's text, and a button's label (`<input type="submit" value="…">` draws its value).
 */
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'button', 'submit', 'reset']);
/** A select's choices and group labels read at most: a country list holds 250, and a seller's a few. */
const MAX_CHOICES = 300;
/**
 * The elements that may carry such texts, as one selector: most elements of a page have none, and one
 * `matches` call answers for them where reading each attribute and the tag name would take four. Written out (the
 * attributes of DESCRIBING_ATTRIBUTES, then the fields, which hold the placeholders), not built while every frame
 * evaluates the content script.
 */
const MAY_DESCRIBE = '[alt],[title],[aria-label],textarea,input,select,svg,rt';

/** What an element that may carry no such text gives: most elements of a page, so one shared list, not one each. */
const NONE: readonly never[] = [];

/**
 * The texts an element of MAY_DESCRIBE carries outside its text nodes: image descriptions, titles, ARIA labels,
 * form values, the words an inline SVG picture draws and a ruby's annotations. A name there is on the page though
 * no highlight can show it ("also in image descriptions: …").
 * @example describingTexts(img) // ['Carved ivory netsuke']
 */
function describingTexts(element: Element): string[] {
  return [
    ...DESCRIBING_ATTRIBUTES.map((name) => element.getAttribute(name)),
    formValueOf(element),
    // A seller can draw the whole ad in an SVG picture, where the page's text (dom-rules.ts skips SVG) never reaches.
    element.localName === 'svg' ? svgDrawnText(element) : undefined,
    element.localName === 'rt' ? element.textContent : undefined,
  ].filter((text): text is string => !!text && HAS_WORD().test(text));
}

/** The text a form field shows: a text input's or text area's value, a button's label, a select's choices. */
const formValueOf = (element: Element) => {
  const tag = element.localName;
  return tag === 'select'
    ? choicesOf(element)
    : tag === 'textarea' || (tag === 'input' && TEXT_INPUT_TYPES.has((element as HTMLInputElement).type))
      ? (element as HTMLInputElement).value
      : undefined;
};

/**
 * A select's choices and the labels of their groups, a line each, as its open list shows them: a buyer opens it and
 * reads `<optgroup label="…">` and every option, not only the chosen one. The select's subtree is not walked as text.
 * @example choicesOf(select) // 'Grey parrot\nPsittacus erithacus\nhand reared'
 */
function choicesOf(select: Element): string {
  const lines: string[] = [];
  for (let child = select.firstElementChild; child && lines.length < MAX_CHOICES; child = child.nextElementSibling) {
    if (child.localName === 'option') lines.push((child as HTMLOptionElement).label);
    if (child.localName !== 'optgroup') continue;
    lines.push((child as HTMLOptGroupElement).label);
    for (let option = child.firstElementChild; option && lines.length < MAX_CHOICES; option = option.nextElementSibling)
      if (option.localName === 'option') lines.push((option as HTMLOptionElement).label);
  }
  return lines.join('\n');
}

/**
 * The hits in an element's describing attributes and form value, and in the words its ::before and ::after draw
 * when it matches `drawnBy` (lib/detect/generated-text.ts).
 * @example attributeHits(img, matcher) // [{ entry: 3, word: 'ivory', lang: 'en' }]
 */
export function attributeHits(element: Element, matcher: Matcher, drawnBy = ''): readonly Hit[] {
  const describes = element.matches(MAY_DESCRIBE);
  const drawn = drawnBy !== '' && element.matches(drawnBy) ? drawnWords(element) : undefined;
  if (!describes && !drawn) return NONE;
  const hits: Hit[] = [];
  for (const text of describes ? describingTexts(element) : []) {
    for (const match of matcher.find(text)) hits.push(...hitsOf(match, text.slice(match.start, match.end), matcher));
  }
  // Only names the drawn words make (the text beside them is the page's, scanned as such), each at the first element
  // drawing a piece of it.
  for (const match of drawn ? matcher.find(drawn.text) : []) {
    const first = drawn!.drawn.findIndex(([start, end]) => start < end && match.start < end && match.end > start);
    if (first >= drawn!.own[0] && first < drawn!.own[1])
      hits.push(...hitsOf(match, drawn!.text.slice(match.start, match.end), matcher));
  }
  return hits;
}
