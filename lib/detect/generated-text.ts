/**
 * Words a style sheet draws rather than the page's text holding them: `content: "…"`, `content: attr(…)` or quotes
 * (`content: open-quote` with `quotes: "…" "…"`) on an element's ::before, ::after or ::marker, and a list item's
 * marker string (`list-style-type: "…"`). A seller can write a name there, whole or its second half ("Psittacus" then
 * a box whose ::after says "erithacus"): no text node holds it, so no highlight can show it, and it is counted with
 * the image descriptions. Only the rules of sheets the page's origin lets scripts read are seen: the document's and
 * its shadow roots', linked, inline, imported (`@import`) and adopted (`adoptedStyleSheets`) alike, nested rules too.
 */
import { OWN_SHEET } from '@/lib/highlight/styles';
import { firstLetterHidden, withoutFirstLetter } from './first-letter';

/** Positions that take a box out of the line: it is drawn where its offsets say, over the element's text. */
const OUT_OF_FLOW = /^(?:absolute|fixed)$/;
/** A selector part naming a ::before, ::after or ::marker box (the old one-colon spelling too). */
const PSEUDO_BOX = /::?(?:before|after)\b|::marker\b/gi;
/**
 * A `content` that draws words: an attribute's value, quotes (their text is the `quotes` the element computes), a
 * quoted string holding two letters in a row, or one letter alone (a word's missing letter: "P" before "ython regius"),
 * not the empty string of a clearfix, an icon font's "\e900" or a "·" between items, which most sheets are full of.
 */
const DRAWS_WORDS = /attr\(|(?:open|close)-quote|"[^"]*\p{L}\p{L}|'[^']*\p{L}\p{L}|"\p{L}\p{M}*"|'\p{L}\p{M}*'/iu;
/**
 * A `content` that draws any text an ad's field may hold, for the flag's ad reader (lib/flags/drawn-text.ts): as
 * DRAWS_WORDS, but a quoted string with one letter, digit or currency sign is enough (a price drawn whole, "320 €",
 * or its " €" after the amount). An icon font's private-use glyph or a "·" still draws none.
 */
export const DRAWS_TEXT = /attr\(|(?:open|close)-quote|"[^"]*[\p{L}\p{N}\p{Sc}]|'[^']*[\p{L}\p{N}\p{Sc}]/iu;
/** A quoted string holding two letters in a row: words, in a `list-style-type` (a list item's marker). */
const QUOTED_WORDS = /"[^"]*\p{L}\p{L}|'[^']*\p{L}\p{L}/u;
/**
 * A counter drawn in a counter style (`counter(lot, lot)`, `counters(lot, ".", lot)`), and the style's name: a
 * seller's `@counter-style` whose symbols are words draws them in a ::before or ::after as a string would.
 */
const COUNTER = /\bcounters?\(\s*[-\w]+\s*(?:,\s*(?:"[^"]*"|'[^']*')\s*)?,\s*([-\w]+)\s*\)/gi;
/**
 * The pieces of a computed `content`: quoted strings (CSS escapes kept for `unescape`), `attr(name)`, quotes and the
 * style of a counter; of a computed `quotes` or `list-style-type`, its strings.
 */
const CONTENT_PIECE = new RegExp(
  `${/"((?:[^"\\]|\\[\s\S])*)"|'((?:[^'\\]|\\[\s\S])*)'|attr\(\s*([-\w]+)\s*\)|\b(open|close)-quote\b/.source}|${COUNTER.source}`,
  'gi',
);
/** Rules read at most, nested ones included: a page's own sheets hold a few thousand. */
const MAX_RULES = 20_000;
/** Selectors kept at most: every element of the page is matched against them as it is scanned. */
const MAX_SELECTORS = 200;

/**
 * The elements whose ::before or ::after a readable rule of the document's or the shadow roots' sheets gives words, as
 * one selector ('' when none). A root's rule names elements inside it; matched against others too, it costs a look.
 * @example drawnWordsSelector(document, []) // '.price, [data-word]' for `.price::after { content: " EUR" }` and more
 */
export function drawnWordsSelector(doc: Document, roots: readonly ShadowRoot[], draws = DRAWS_WORDS): string {
  const symbols = new Map<string, string>();
  // Each with the counter styles it draws in: a list's marker, or the counters of a ::before's or ::after's content.
  const counted: [string[], string][] = [];
  const drawing = rulesSelector(doc, roots, (rule, selector, host) => {
    if ('symbols' in rule) {
      const words = symbolWords(rule as CSSCounterStyleRule);
      if (words) symbols.set((rule as CSSCounterStyleRule).name, words);
    } else if (selector !== undefined && counted.length < MAX_SELECTORS && 'style' in rule) {
      const style = rule.style as CSSStyleDeclaration;
      const type = style.listStyleType ?? '';
      if (COUNTER_STYLE_NAME.test(type)) counted.push([[type], listItems(selector, host)]);
      const counters = [...(style.content ?? '').matchAll(COUNTER)].map(([, name]) => name!);
      if (counters.length > 0 && selector.match(PSEUDO_BOX)) counted.push([counters, pseudoOwners(selector, host)]);
    }
    return drawingElements(rule, selector, host, draws);
  });
  counterStyleWords.set(doc, symbols);
  // The elements a counter style of words draws for, known once every sheet's `@counter-style` is read.
  const marked = counted
    .filter(([names, elements]) => names.some((name) => symbols.has(name)) && isValidSelector(doc, elements))
    .map(([, elements]) => elements);
  return [drawing, ...marked].filter(Boolean).join(',');
}

/** The words of counter styles, by name: see counterStyleWords. */
type CounterStyleWords = ReadonlyMap<string, string>;
/**
 * The words each `@counter-style` of a document's readable sheets draws as a list's marker, by name, where its symbols
 * hold words (`@counter-style lot { system: cyclic; symbols: "Psittacus erithacus" }`): made with drawnWordsSelector,
 * read for that document's elements alone (weak: a document that goes takes its styles with it).
 */
const counterStyleWords = new WeakMap<Document, CounterStyleWords>();
const NO_COUNTER_STYLES: CounterStyleWords = new Map();
/** A `list-style-type` naming a counter style, not a string or `none`. */
const COUNTER_STYLE_NAME = /^(?!none$)[-a-z][-\w]*$/i;

/**
 * The quoted strings of a counter style's symbols, each followed by a space (a marker stands apart from the item's
 * text); '' when they hold no words.
 */
function symbolWords(rule: CSSCounterStyleRule): string {
  const text = `${rule.symbols} ${rule.additiveSymbols}`;
  if (!QUOTED_WORDS.test(text)) return '';
  return [...text.matchAll(CONTENT_PIECE)].map(([, double, single]) => `${unescape(double ?? single ?? '')} `).join('');
}

/**
 * Two selectors ('' when none), from one walk over the readable rules: the elements a rule gives `unicode-bidi:
 * bidi-override` or `isolate-override` (with `direction: rtl` they draw their text, children and all, backwards, and a
 * class is all a seller needs), and those whose first letter a rule styles (a seller can write a letter before a name
 * and hide it with `::first-letter { font-size: 0 }`: "XPsittacus" shows "Psittacus"; lib/detect/first-letter.ts).
 * @example styledBlockSelectors(document, []) // ['.flip', '.lot'] for `.flip { direction: rtl; unicode-bidi:
 * // bidi-override }` and `.lot::first-letter { color: transparent }`
 */
export const styledBlockSelectors = (doc: Document, roots: readonly ShadowRoot[]): string[] =>
  rulesSelectors(doc, roots, [overridingElements, firstLetterOwners]);

/** The elements whose first letter a rule styles, as a selector; undefined for any other rule. */
function firstLetterOwners(rule: CSSRule, selector: string | undefined, host: Element | undefined) {
  if (selector === undefined || !('style' in rule) || !selector.match(FIRST_LETTER)) return undefined;
  const element = inLightTree(selector.replace(FIRST_LETTER, ''), host).trim() || '*';
  return host ? element.replace(HOST_ITSELF, (_, argument?: string) => hostSelector(host, argument)) : element;
}

/** A selector part naming a ::first-letter box (the old one-colon spelling too). */
const FIRST_LETTER = /::?first-letter\b/gi;

/**
 * One selector naming the elements of either ('' when both are empty): what a rule named before a sheet changed,
 * beside what the rules name now, so that the elements a removed rule named are read again too.
 * @example eitherOf('.flip', '') // '.flip'
 */
export const eitherOf = (before: string, now: string): string =>
  before === now || !before ? now : now ? `${before},${now}` : before;

/** The elements a rule names for what it sets (undefined: not for this), its selector spelled whole (see nested). */
type RulePick = (rule: CSSRule, selector: string | undefined, host: Element | undefined) => string | undefined;

/** The elements the readable rules `pick` name, as one selector: MAX_RULES read, MAX_SELECTORS kept at most. */
const rulesSelector = (doc: Document, roots: readonly ShadowRoot[], pick: RulePick): string =>
  rulesSelectors(doc, roots, [pick])[0]!;

/**
 * The elements each of `picks` names in the readable rules, a selector each, from one walk over the rules: MAX_RULES
 * read, MAX_SELECTORS kept a pick at most.
 */
function rulesSelectors(doc: Document, roots: readonly ShadowRoot[], picks: readonly RulePick[]): string[] {
  const selectors = picks.map(() => new Set<string>());
  const full = () => selectors.every((found) => found.size >= MAX_SELECTORS);
  let read = 0;
  for (const [sheet, host] of sheetsOf(doc, roots)) {
    // The lists being read, each with its next rule's index, a grouping rule's on top of its parent's: rules are
    // taken one at a time, never spread into a call, whose arguments overflow the stack past ~120,000 rules.
    // Each list with the selector of the style rule it is nested in, if any (`.card { & .price::after {…} }`).
    const open: [CSSRuleList, number, string | undefined][] = [];
    const rules = rulesOf(sheet);
    if (rules) open.push([rules, 0, undefined]);
    while (open.length > 0 && read < MAX_RULES && !full()) {
      const top = open[open.length - 1]!;
      if (top[1] === top[0].length) {
        open.pop();
        continue;
      }
      const rule = top[0][top[1]++]!;
      read++;
      const selector = 'selectorText' in rule ? nested(String(rule.selectorText), top[2]) : top[2];
      if ('cssRules' in rule && (rule.cssRules as CSSRuleList).length > 0)
        open.push([rule.cssRules as CSSRuleList, 0, selector]);
      // An `@import`ed sheet's rules, where its origin lets them be read.
      const imported = 'styleSheet' in rule && rule.styleSheet ? rulesOf(rule.styleSheet as CSSStyleSheet) : undefined;
      if (imported) open.push([imported, 0, undefined]);
      picks.forEach((pick, index) => {
        if (selectors[index]!.size >= MAX_SELECTORS) return;
        const element = pick(rule, selector, host);
        if (element !== undefined && isValidSelector(doc, element)) selectors[index]!.add(element);
      });
    }
  }
  return selectors.map((found) => [...found].join(','));
}

/**
 * A nested rule's selector spelled whole: `&` is the rule it is nested in, and a selector without one is inside it.
 * @example nested('& .price::after', '.card') // ':is(.card) .price::after'
 */
function nested(selector: string, parent: string | undefined): string {
  if (parent === undefined) return selector;
  return selector
    .split(TOP_LEVEL_COMMA)
    .map((part) =>
      part.includes('&') ? part.trim().replaceAll('&', `:is(${parent})`) : `:is(${parent}) ${part.trim()}`,
    )
    .join(',');
}

/** A comma between a selector list's items, not one inside parentheses (`:is(a, b)`). */
const TOP_LEVEL_COMMA = /,(?![^(]*\))/;

/**
 * The elements a rule on ::before, ::after or ::marker gives words to, or a rule giving list items a marker string,
 * as a selector; undefined for any other rule. `selector`: the rule's own, spelled whole (see nested); `host`: the
 * shadow root's host when the rule is in one.
 */
function drawingElements(
  rule: CSSRule,
  selector: string | undefined,
  host: Element | undefined,
  draws: RegExp,
): string | undefined {
  if (selector === undefined || !('style' in rule)) return undefined;
  const style = rule.style as CSSStyleDeclaration;
  if (selector.match(PSEUDO_BOX) && draws.test(style.content)) return pseudoOwners(selector, host);
  if (QUOTED_WORDS.test(style.listStyleType ?? '')) return listItems(selector, host);
  return undefined;
}

/** The elements whose ::before, ::after or ::marker a rule's selector names. */
function pseudoOwners(selector: string, host: Element | undefined): string {
  const element = inLightTree(selector.replace(PSEUDO_BOX, ''), host).trim() || '*';
  return host ? element.replace(HOST_ITSELF, (_, argument?: string) => hostSelector(host, argument)) : element;
}

/** The elements a rule setting a marker names, and the list items under them: `list-style-type` is inherited. */
function listItems(selector: string, host: Element | undefined): string {
  const list = inLightTree(selector, host).trim() || '*';
  const items = `${list},:is(${list}) li`;
  return host ? items.replace(HOST_ITSELF, (_, argument?: string) => hostSelector(host, argument)) : items;
}

/** The elements a rule (not one on ::before or ::after) gives a bidi override, as a selector; else undefined. */
function overridingElements(rule: CSSRule, selector: string | undefined, host: Element | undefined) {
  if (selector === undefined || !('style' in rule) || selector.match(PSEUDO_BOX)) return undefined;
  if (!(rule.style as CSSStyleDeclaration).unicodeBidi?.endsWith('override')) return undefined;
  const element = inLightTree(selector, host).trim();
  return host ? element.replace(HOST_ITSELF, (_, argument?: string) => hostSelector(host, argument)) : element;
}

/** A compound selector ending in `::slotted(…)` or `::part(…)`, and the argument (nested parentheses kept whole). */
const SLOTTED = /[^\s,>+~]*::slotted\(((?:[^()]|\([^()]*\))*)\)/g;
const PART = /[^\s,>+~]*::part\(([^()]*)\)/g;

/**
 * `::slotted(x)` and `::part(x)` spelled as the elements they name, which no query can look for under those names: a
 * host's child matching x (`::slotted(span)::before` in the root of a `shop-card`: `shop-card > :is(span)`), and an
 * element inside a shadow root with the part x (`shop-card::part(label)::after`: `[part~="label"]`). Both draw words
 * in Chromium as plain ::before and ::after do. The compound before either (`shop-card`, `:host(.sold)`) is dropped on
 * purpose: the selector then names more elements than draw the words, so the scan looks at a few more, and misses none.
 */
function inLightTree(selector: string, host: Element | undefined): string {
  return selector
    .replace(SLOTTED, (_, argument: string) => (host ? `${host.localName} > :is(${argument})` : `:is(${argument})`))
    .replace(PART, (_, names: string) =>
      names
        .trim()
        .split(/\s+/)
        .map((name) => `[part~="${name}"]`)
        .join(''),
    );
}

/**
 * `:host` or `:host(…)` naming the host itself (the end of a selector of the list): it matches nothing when the host
 * is looked for from outside its root, so it is spelled as the host's own name.
 */
const HOST_ITSELF = /(?<=^|,)\s*:host(?:\(((?:[^()]|\([^()]*\))*)\))?\s*(?=,|$)/g;

/**
 * The host's element name, and the compound `:host(…)` holds: hosts of one component share the name and its sheets.
 * @example hostSelector(shopCard, '.sold') // 'shop-card:is(.sold)'
 */
function hostSelector(host: Element, argument: string | undefined): string {
  return argument ? `${host.localName}:is(${argument})` : host.localName;
}

/** How many rules the readable sheets hold at their top level: a change says the selector is due again. */
export function readableRuleCount(doc: Document, roots: readonly ShadowRoot[]): number {
  let count = 0;
  for (const [sheet] of sheetsOf(doc, roots)) {
    count += 1;
    try {
      count += sheet.cssRules.length;
    } catch {
      // Another origin's sheet: unreadable, so it adds no rule to look at.
    }
  }
  return count;
}

/**
 * How many nodes before and after a drawing element are read with it: a name's pieces drawn by neighbouring boxes. A
 * name is counted at its first piece, which must reach the rest (a letter a box, up to AFTER); the one node before
 * a piece that is not the first is the piece before it, which says so.
 */
const BEFORE = 2;
const AFTER = 24;

/** A text with the spans of it that boxes draw. */
interface Drawn {
  text: string;
  drawn: [number, number][];
}

/**
 * The text of the element's block around it with its ::before and ::after words in place, and where they are in
 * it, so that only names they make are counted (the rest is the page's text, scanned as such). The nodes beside it
 * are read as drawn too (a name's pieces in the boxes of neighbouring elements, `<i data-p="Test"></i><i
 * data-p="udo"></i>`): `own` is where its own spans are in `drawn` (from, to), so that a name is counted at the
 * first element drawing a piece of it, not at each.
 * @example drawnWords(span) // { text: 'Young Psittacus erithacus', drawn: [[6, 6], [16, 25]], own: [0, 2] }
 */
export function drawnWords(element: Element): (Drawn & { own: [number, number] }) | undefined {
  const win = element.ownerDocument.defaultView;
  if (!win) return undefined;
  const middle = elementDrawn(element, win);
  if (!middle) return undefined;
  const before: Drawn[] = [];
  for (let node = element.previousSibling, i = 0; node && i < BEFORE; node = node.previousSibling, i++)
    before.unshift(nodeDrawn(node, win));
  const after: Drawn[] = [];
  for (let node = element.nextSibling, i = 0; node && i < AFTER; node = node.nextSibling, i++)
    after.push(nodeDrawn(node, win));
  const joined: Drawn = { text: '', drawn: [] };
  let own: [number, number] = [0, 0];
  for (const piece of [...before, middle, ...after]) {
    if (piece === middle) own = [joined.drawn.length, joined.drawn.length + piece.drawn.length];
    const offset = joined.text.length;
    joined.drawn.push(...piece.drawn.map(([start, end]): [number, number] => [start + offset, end + offset]));
    joined.text += piece.text;
  }
  return { ...joined, own };
}

/** A node's text as drawn: an element's with its boxes' words (elementDrawn), other nodes' as they are. */
function nodeDrawn(node: ChildNode, win: Window): Drawn {
  const drawn = node.nodeType === 1 ? elementDrawn(node as Element, win) : undefined;
  // Source line breaks and tabs render as spaces (as the block reader reads them): a name runs on across them.
  return drawn ?? { text: (node.textContent ?? '').replace(/[\t\n\r\f]/g, ' '), drawn: [] };
}

/** An element's text with its ::marker, ::before and ::after words in place, undefined when its boxes draw none. */
function elementDrawn(element: Element, win: Window): Drawn | undefined {
  const styles = counterStyleWords.get(element.ownerDocument) ?? NO_COUNTER_STYLES;
  const beforeBox = win.getComputedStyle(element, '::before');
  const before = markerWords(element, win, styles, DRAWS_WORDS) + boxWords(beforeBox, element, styles, DRAWS_WORDS);
  const after = boxWords(win.getComputedStyle(element, '::after'), element, styles, DRAWS_WORDS);
  if (!before && !after) return undefined;
  // A ::before taken out of the line (`position: absolute`) may be drawn over a first letter its ::first-letter rule
  // hides ("Xython regius" under a "P"): its words stand in for that letter.
  const covers = before && OUT_OF_FLOW.test(beforeBox.position) && firstLetterHidden(element, win);
  const own = covers ? withoutFirstLetter(element.textContent ?? '') : (element.textContent ?? '');
  const ownEnd = before.length + own.length;
  return {
    text: `${before}${own}${after}`,
    drawn: [
      [0, before.length],
      [ownEnd, ownEnd + after.length],
    ],
  };
}

/**
 * The words an element's boxes draw before its text (its ::marker's and ::before's) and after it (its ::after's),
 * undefined when they draw none. Counter styles of words are known for a document once drawnWordsSelector read it.
 * @example boxesWords(span) // { before: '', after: ' EUR' } for `.price::after { content: " EUR" }`
 */
export function boxesWords(element: Element, draws = DRAWS_WORDS): { before: string; after: string } | undefined {
  const win = element.ownerDocument.defaultView;
  if (!win) return undefined;
  const styles = counterStyleWords.get(element.ownerDocument) ?? NO_COUNTER_STYLES;
  const before =
    markerWords(element, win, styles, draws) +
    boxWords(win.getComputedStyle(element, '::before'), element, styles, draws);
  const after = boxWords(win.getComputedStyle(element, '::after'), element, styles, draws);
  return before || after ? { before, after } : undefined;
}

/**
 * The words a ::before, ::after or ::marker box draws, or '' when it draws none or is not drawn. A box drawn right to
 * left with an override (`direction: rtl; unicode-bidi: bidi-override`) shows "sucattisP" as "Psittacus": its words
 * are wrapped in the controls that say so, which the matcher reads in display order.
 */
function boxWords(style: CSSStyleDeclaration, element: Element, styles: CounterStyleWords, draws: RegExp): string {
  if (style.display === 'none' || !drawsWords(style.content, styles, draws)) return '';
  const words = contentWords(style, element, styles);
  return style.direction === 'rtl' && style.unicodeBidi.endsWith('override') ? `\u202E${words}\u202C` : words;
}

/** The text a box's `content` makes: its strings, attribute values and quotes, in order. */
function contentWords(style: CSSStyleDeclaration, element: Element, styles: CounterStyleWords): string {
  let words = '';
  for (const [, double, single, attribute, quote, counterStyle] of style.content.matchAll(CONTENT_PIECE)) {
    if (attribute !== undefined) words += element.getAttribute(attribute) ?? '';
    else if (quote !== undefined) words += quoteText(style.quotes, quote.toLowerCase() === 'open' ? 0 : 1);
    else if (counterStyle !== undefined) words += styles.get(counterStyle) ?? '';
    else words += unescape(double ?? single ?? '');
  }
  return words;
}

/** Whether a computed `content` draws words (`draws`: DRAWS_WORDS), or a counter in a counter style of words. */
const drawsWords = (content: string, styles: CounterStyleWords, draws: RegExp): boolean =>
  draws.test(content) || [...content.matchAll(COUNTER)].some(([, name]) => styles.has(name!));

/** The first pair of `quotes`' opening (0) or closing (1) string: what the outermost quote draws. */
function quoteText(quotes: string, which: 0 | 1): string {
  const [, double, single] = [...quotes.matchAll(CONTENT_PIECE)][which] ?? [];
  return unescape(double ?? single ?? '');
}

/**
 * The words a list item's marker draws: its ::marker's `content`, else a `list-style-type` string or a counter style's
 * symbols; '' for none.
 */
function markerWords(element: Element, win: Window, styles: CounterStyleWords, draws: RegExp): string {
  if (element.localName !== 'li') return '';
  const marker = win.getComputedStyle(element, '::marker');
  if (drawsWords(marker.content, styles, draws)) return boxWords(marker, element, styles, draws);
  const type = win.getComputedStyle(element).listStyleType;
  return QUOTED_WORDS.test(type) ? quoteText(type, 0) : (styles.get(type) ?? '');
}

/** A CSS string's text: `\"` is `"`, `\70 ` the code point 0x70. */
function unescape(text: string): string {
  return text.replace(/\\(?:([0-9a-f]{1,6})\s?|([\s\S]))/gi, (_, hex: string | undefined, char: string) =>
    hex ? String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff)) : char === '\n' ? '' : char,
  );
}

/**
 * The sheets of the document and the roots, each with its root's host: `<style>` and `<link>` ones, and adopted ones
 * (`new CSSStyleSheet()`). The newest roots come first: the rules read are capped, and the cards a page adds as it
 * scrolls are the ones being read.
 */
function* sheetsOf(doc: Document, roots: readonly ShadowRoot[]): Generator<[CSSStyleSheet, Element | undefined]> {
  yield* sheetsIn(doc, undefined);
  for (let i = roots.length - 1; i >= 0; i--) yield* sheetsIn(roots[i]!, roots[i]!.host);
}

/** Whether the root holds a sheet of the page's, readable or not (Spoor adopts its highlight colours into each). */
export function hasSheets(root: ShadowRoot): boolean {
  return sheetsIn(root, undefined).next().done === false;
}

/** The scope's sheets but Spoor's own highlight colours, which draw no words. */
function* sheetsIn(
  scope: Document | ShadowRoot,
  host: Element | undefined,
): Generator<[CSSStyleSheet, Element | undefined]> {
  const own = (globalThis as Record<string, unknown>)[OWN_SHEET];
  // Either list may be missing in a test DOM (jsdom's shadow roots have neither).
  for (const sheet of scope.styleSheets ?? []) yield [sheet, host];
  for (const sheet of scope.adoptedStyleSheets ?? []) if (sheet !== own) yield [sheet, host];
}

/** A sheet's rules; undefined for a sheet of another origin, which the browser does not let scripts read. */
function rulesOf(sheet: CSSStyleSheet): CSSRuleList | undefined {
  try {
    return sheet.cssRules;
  } catch {
    return undefined;
  }
}

function isValidSelector(doc: Document, selector: string): boolean {
  try {
    doc.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}
