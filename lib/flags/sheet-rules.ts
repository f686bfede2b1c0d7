/** Where a style sheet applies: the document, or a shadow root. */
export type SheetScope = Document | ShadowRoot;

/**
 * Rules one snapshot of the sheets holds at most: a page of a hundred thousand rules is compared as far as this, and
 * rules past it are not watched.
 */
export const MAX_WATCHED_RULES = 20_000;

/** Every readable rule of some scopes' sheets, nested rules included, each with the scope it applies in. */
export type RuleSnapshot = Map<CSSRule, SheetScope>;

/**
 * The rules of a document's or shadow root's sheets as they are now: its `<style>` and `<link>` sheets and the sheets
 * it adopted, rules inside `@media`, `@supports`, `@layer` and nested style rules included. A sheet of another origin,
 * whose rules the browser keeps from Spoor, is left out. Rule objects are compared by identity (ruleChanges): a
 * `<style>` whose text is rewritten gets a new sheet, `insertRule`, `deleteRule`, `replace` and `replaceSync` new or
 * fewer rules.
 * @example const before = snapshotRules([document]); …; ruleChanges(before, snapshotRules([document]))
 */
export function snapshotRules(scopes: readonly SheetScope[], into: RuleSnapshot = new Map()): RuleSnapshot {
  for (const scope of scopes) {
    // A DOM without style sheets (a test's jsdom shadow root) has none to compare.
    for (const sheet of [...(scope.styleSheets ?? []), ...(scope.adoptedStyleSheets ?? [])]) {
      const rules = readableRules(sheet);
      if (rules) addRules(rules, scope, into);
      if (into.size >= MAX_WATCHED_RULES) return into;
    }
  }
  return into;
}

/** The rules one snapshot holds and the other does not (added, or taken away), each with its scope. */
export function ruleChanges(before: RuleSnapshot, now: RuleSnapshot): [CSSRule, SheetScope][] {
  const changed: [CSSRule, SheetScope][] = [];
  for (const entry of now) if (!before.has(entry[0])) changed.push(entry);
  // A snapshot cut at MAX_WATCHED_RULES misses what lies past its end in both: nothing taken away is made up.
  if (before.size < MAX_WATCHED_RULES) for (const entry of before) if (!now.has(entry[0])) changed.push(entry);
  return changed;
}

/**
 * Properties by which a rule shows, hides, veils, moves away or rewrites what an element holds: a rule setting only
 * others (a colour, a margin, a font) changes no reading, as a page's style sheets loading late do all the time.
 */
const SHOWING_PROPERTIES = [
  'display',
  'visibility',
  'opacity',
  'filter',
  'backdrop-filter',
  'content',
  'content-visibility',
  'clip',
  'clip-path',
  'mask-image',
  'font-size',
  'transform',
  'position',
];

/** A colour no one reads text in. */
const UNSEEN_COLOUR = /transparent|rgba?\([^)]*[,/]\s*0(?:\.0*)?%?\s*\)/;

/**
 * The elements a style rule shows, hides or veils, itself or in its ::before, ::after or other pseudo-elements: when
 * it sets one of SHOWING_PROPERTIES or an unseen colour, those of its scope its selector (less its pseudo-elements)
 * matches, at most `limit`, or a shadow root's host for a `:host` rule. None for a rule that styles no element
 * (`@font-face`, `@keyframes`) or a selector the browser cannot look for.
 */
export function styledBy(rule: CSSRule, scope: SheetScope, limit: number): Element[] {
  const selector = 'selectorText' in rule ? (rule as CSSStyleRule).selectorText : undefined;
  const style = (rule as CSSStyleRule).style;
  if (!selector || !style) return [];
  const showing =
    SHOWING_PROPERTIES.some((name) => style.getPropertyValue(name) !== '') || UNSEEN_COLOUR.test(style.color ?? '');
  if (!showing) return [];
  if (scope.nodeType === 11 && selector.includes(':host')) return [(scope as ShadowRoot).host];
  const owners = selector.replace(PSEUDO_ELEMENT, '').trim() || '*';
  try {
    return [...scope.querySelectorAll(owners)].slice(0, limit);
  } catch {
    return [];
  }
}

/** A pseudo-element of a selector, with its arguments (`::before`, `::part(label)`, the old `:after`). */
const PSEUDO_ELEMENT = /::[\w-]+(?:\((?:[^()]|\([^()]*\))*\))?|:(?:before|after|first-line|first-letter)\b/g;

function readableRules(sheet: CSSStyleSheet): CSSRuleList | undefined {
  try {
    return sheet.cssRules;
  } catch {
    return undefined;
  }
}

function addRules(rules: CSSRuleList, scope: SheetScope, into: RuleSnapshot): void {
  for (let i = 0; i < rules.length && into.size < MAX_WATCHED_RULES; i++) {
    const rule = rules[i]!;
    into.set(rule, scope);
    const nested = 'cssRules' in rule ? (rule as CSSGroupingRule).cssRules : undefined;
    if (nested?.length) addRules(nested, scope, into);
  }
}
