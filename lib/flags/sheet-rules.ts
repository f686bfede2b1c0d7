/** Where a style sheet applies: the document, or a shadow root. */
export type SheetScope = Document | ShadowRoot;

/**
 * Rules one snapshot of the sheets holds at most: a page of a hundred thousand rules is compared as far as this, and
 * rules past it are not watched.
 */
export const MAX_WATCHED_RULES = 20_000;

/**
 * Style rules whose text one snapshot keeps at most, to tell a rule rewritten in place: serialising a rule costs a few
 * microseconds, and the watch takes a snapshot before each drawn frame. Rules past these are compared by identity.
 */
export const MAX_COMPARED_RULE_TEXTS = 5_000;

/** A rule as one snapshot saw it: the scope it applies in, and its text while MAX_COMPARED_RULE_TEXTS allows. */
export interface SeenRule {
  scope: SheetScope;
  text?: string;
}

/** Every readable rule of some scopes' sheets, nested rules included. */
export type RuleSnapshot = Map<CSSRule, SeenRule>;

/**
 * The rules of a document's or shadow root's sheets as they are now: its `<style>` and `<link>` sheets and the sheets
 * it adopted, rules inside `@media`, `@supports`, `@layer` and nested style rules included. A sheet of another origin,
 * whose rules the browser keeps from Spoor, is left out. Rule objects are compared by identity (ruleChanges): a
 * `<style>` whose text is rewritten gets a new sheet, `insertRule`, `deleteRule`, `replace` and `replaceSync` new or
 * fewer rules; and style rules by their text too, as far as MAX_COMPARED_RULE_TEXTS: a rule rewritten in place
 * (`rule.style.setProperty(…)`, `rule.style.cssText = …`, `rule.selectorText = …`) is the same object.
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

/**
 * The rules one snapshot holds and the other does not (added, or taken away), and those whose text both kept and
 * differs (rewritten in place), each with its scope.
 */
export function ruleChanges(before: RuleSnapshot, now: RuleSnapshot): [CSSRule, SheetScope][] {
  const changed: [CSSRule, SheetScope][] = [];
  for (const [rule, seen] of now) {
    const earlier = before.get(rule);
    const rewritten = earlier?.text !== undefined && seen.text !== undefined && earlier.text !== seen.text;
    if (!earlier || rewritten) changed.push([rule, seen.scope]);
  }
  // A snapshot cut at MAX_WATCHED_RULES misses what lies past its end in both: nothing taken away is made up.
  if (before.size < MAX_WATCHED_RULES)
    for (const [rule, seen] of before) if (!now.has(rule)) changed.push([rule, seen.scope]);
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

/**
 * Rules whose matches an element elsewhere decides (a `:has()`, a sibling combinator `~` or `+`), whose matches
 * relationalMatches reads at most: a textless switch's class can show or hide the ad through them, no rule changing.
 */
export const MAX_RELATIONAL_RULES = 32;
/** Elements one relational rule's matches are compared by at most. */
const MAX_RELATIONAL_MATCHES = 64;
const RELATIONAL = /:has\(|[~+]/;

/** Elements that showing rules with a relational selector (MAX_RELATIONAL_RULES of a snapshot's) style now. */
export function relationalMatches(snapshot: RuleSnapshot): Map<CSSRule, Element[]> {
  const matches = new Map<CSSRule, Element[]>();
  for (const [rule, { scope }] of snapshot) {
    if (matches.size >= MAX_RELATIONAL_RULES) break;
    const selector = 'selectorText' in rule ? (rule as CSSStyleRule).selectorText : '';
    if (RELATIONAL.test(selector)) matches.set(rule, styledBy(rule, scope, MAX_RELATIONAL_MATCHES));
  }
  return matches;
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
    // A grouping rule's text holds its nested rules, each compared on its own: only style rules' own text is kept.
    const styleRule = 'selectorText' in rule && into.size < MAX_COMPARED_RULE_TEXTS;
    into.set(rule, styleRule ? { scope, text: rule.cssText } : { scope });
    const nested = 'cssRules' in rule ? (rule as CSSGroupingRule).cssRules : undefined;
    if (nested?.length) addRules(nested, scope, into);
  }
}
