import { coversText } from './covers-text';
import { watchDrawnSwaps, type DrawnSwaps } from './drawn-swaps';
import {
  relationalMatches,
  ruleChanges,
  snapshotRules,
  styledBy,
  type RuleSnapshot,
  type SheetScope,
} from './sheet-rules';

/** Elements whose text no reader sees as the page's: a script or style the page adds is no change of the ad. */
const UNREAD = new Set(['script', 'style', 'noscript', 'template']);

/**
 * How long a watch lasts at most when the flag never ends it (it stopped at "already flagged", or its worker died): a
 * flag of a page of a million nodes ends it within minutes.
 */
const WATCH_MS = 10 * 60_000;

/**
 * Attributes that show or hide what an element holds without its text changing: a class or inline style swapping the
 * real ad for a decoy, or `hidden`. Others (data-*, aria-*, a lazy image's src) are left alone: a page writes them all
 * the time.
 */
const SHOWING_ATTRIBUTES = ['class', 'style', 'hidden'];

/** What the watch observes in the document and in each shadow root the flag's first reading met. */
const OBSERVED: MutationObserverInit = {
  subtree: true,
  childList: true,
  characterData: true,
  characterDataOldValue: true,
  attributes: true,
  attributeFilter: SHOWING_ATTRIBUTES,
  attributeOldValue: true,
};

/**
 * Nodes searched at most, in the elements one batch restyled, for a text a reader may see: a restyled page wrapper
 * holds one early, and a page restyling thousands of empty boxes in a task costs no more than this.
 */
const MAX_TEXT_SEARCH = 20_000;

/**
 * Custom elements not yet defined when the watch begins that it follows at most: a page defining its components late
 * upgrades them while the screenshot is taken, each attaching a root.
 */
const MAX_PENDING_UPGRADES = 200;

/** A shadow root of an element, closed ones too where the browser lets Spoor's world open them. */
export type RootOf = (element: Element) => ShadowRoot | null;

interface Watch {
  observer: MutationObserver;
  /** Custom elements undefined at the watch's start, with the text each showed then (upgrades). */
  pending: Map<Element, string>;
  rootOf: RootOf;
  changed: boolean;
  timer: ReturnType<typeof setTimeout>;
  /** The rules of the watched scopes' sheets as last compared (sheet-rules.ts). */
  rules: RuleSnapshot;
  /** What the rules with a relational selector (`:has()`, `~`, `+`) styled when last compared (sheet-rules.ts). */
  relational: Map<CSSRule, Element[]>;
  /** The document and each shadow root the first reading met, whose sheets are compared. */
  scopes: SheetScope[];
  /** Whether the first reading met every shadow root the page had: only then is a root it did not meet a late one. */
  rootsComplete: boolean;
  /** Images, background images and font faces, each swapped for a frame and back (drawn-swaps.ts). */
  swaps: DrawnSwaps;
  frame?: number;
}

/** What a watch found once ended: whether the page changed, and whether a shadow root was attached since it began. */
export interface EndedWatch {
  changed: boolean;
  attachedLate(root: ShadowRoot): boolean;
}

const watches = new WeakMap<Document, Watch>();

/**
 * Starts watching a page's text for a flag, from its first reading until the screenshot is taken (endCaptureWatch):
 * a page that swaps its price or seller and back between two readings (a timer, or a reaction to Spoor's highlights
 * going) reads the same twice, yet its screenshot may show the other text. Any text the page writes, adds or removes
 * (scripts and styles aside) that differs from what it replaced counts; rewriting the same text does not. So does a
 * class, inline style or `hidden` changed on an element holding text (SHOWING_ATTRIBUTES: the real ad hidden or a
 * decoy shown for the picture), in the document or in a shadow root the first reading met (watchShadowRoot). The watch
 * stops at the first change (nothing more to learn, nothing more to cost), at its end, or after WATCH_MS; outside a
 * flag nothing is observed. Style sheets are watched too (sheet-rules.ts): a `<style>` rewritten or a sheet come or
 * gone is compared at once, rules inserted, deleted or replaced through the CSSOM (adopted sheets too) before each
 * frame is drawn, rules rewritten in place (`rule.style.display = 'none'`, `rule.selectorText = …`) and relational
 * rules (`:has()`, `~`, `+`) that a switch elsewhere makes style other elements too; a changed rule counts when it
 * styles an element holding text or laid over text (covers-text.ts: a blurring veil), as an element added without
 * text does when it is laid over text. A root attached after the first reading is told apart when the watch ends
 * (EndedWatch.attachedLate). An image, a background image or the page's font faces pictured otherwise in a frame and
 * back as they were count too (drawn-swaps.ts). Not seen: closed roots the browser does not let Spoor's world open.
 * @example startCaptureWatch(document); …; const changed = endCaptureWatch(document)?.changed;
 */
export function startCaptureWatch(doc: Document, rootOf: RootOf = (element) => element.shadowRoot): void {
  stopWatch(doc);
  const View = doc.defaultView?.MutationObserver;
  if (!View || !doc.documentElement) return;
  const watch: Watch = {
    observer: new View((records) => noteChanges(watch, records)),
    pending: undefinedElements(doc),
    rootOf,
    changed: false,
    timer: setTimeout(() => stopWatch(doc), WATCH_MS),
    rules: snapshotRules([doc]),
    relational: new Map(),
    scopes: [doc],
    rootsComplete: false,
    swaps: watchDrawnSwaps(doc),
  };
  watch.relational = relationalMatches(watch.rules);
  watches.set(doc, watch);
  watch.observer.observe(doc, OBSERVED);
  compareEachFrame(doc, watch);
}

/**
 * Compares the watched sheets' rules before each frame is drawn (requestAnimationFrame runs before every rendering of
 * the page): a rule inserted, deleted or replaced through the CSSOM leaves no mutation record, yet a frame the
 * screenshot may hold is drawn with it. A swap undone before the next frame is never drawn, so never pictured.
 */
function compareEachFrame(doc: Document, watch: Watch): void {
  const view = doc.defaultView;
  if (!view?.requestAnimationFrame) return;
  const next = () => {
    if (watch.changed || watches.get(doc) !== watch) return;
    noteUpgrades(doc, watch);
    noteSheets(watch);
    watch.swaps.frame();
    if (watch.swaps.swappedBack()) markChanged(watch);
    if (!watch.changed) watch.frame = view.requestAnimationFrame(next);
  };
  watch.frame = view.requestAnimationFrame(next);
}

/**
 * Extends a running watch (startCaptureWatch) into a shadow root, which the document's observer does not reach: the
 * page reader hands it each root its first reading meets. Nothing when no watch runs, or once it saw a change.
 * @example watchShadowRoot(document, card.shadowRoot!)
 */
export function watchShadowRoot(doc: Document, root: ShadowRoot): void {
  const watch = watches.get(doc);
  if (!watch || watch.changed || watch.scopes.includes(root)) return;
  watch.observer.observe(root, OBSERVED);
  watch.scopes.push(root);
  snapshotRules([root], watch.rules);
  watch.swaps.follow(root);
}

/**
 * Tells a running watch whether the first reading met every shadow root of the page (it was not cut short): a root
 * met only by the reading that ends the watch was then attached since (EndedWatch.attachedLate).
 * @example watchedEveryShadowRoot(document, cut === undefined)
 */
export function watchedEveryShadowRoot(doc: Document, every: boolean): void {
  const watch = watches.get(doc);
  if (watch) watch.rootsComplete = every;
}

/**
 * Ends the watch startCaptureWatch began: whether the page's text or what of it is shown changed meanwhile, and which
 * shadow roots were attached since it began (a root attached to the ad's box for the screenshot shows what it likes,
 * then may slot the ad back: the text reads the same before and after). Undefined when no watch was running.
 * @example endCaptureWatch(document)?.changed // true after a timer swapped "320 €" for "5 €" and back
 */
export function endCaptureWatch(doc: Document): EndedWatch | undefined {
  const watch = watches.get(doc);
  if (!watch) return undefined;
  noteChanges(watch, watch.observer.takeRecords());
  noteUpgrades(doc, watch);
  noteSheets(watch);
  if (watch.swaps.swappedBack()) markChanged(watch);
  stopWatch(doc);
  watches.delete(doc);
  const met = new Set(watch.scopes);
  const search = { left: MAX_TEXT_SEARCH };
  return {
    changed: watch.changed,
    attachedLate: (root) =>
      watch.rootsComplete && !met.has(root) && (holdsText(root.host, search) || holdsText(root, search)),
  };
}

function stopWatch(doc: Document): void {
  const watch = watches.get(doc);
  watch?.observer.disconnect();
  clearTimeout(watch?.timer);
  if (watch?.frame !== undefined) doc.defaultView?.cancelAnimationFrame(watch.frame);
}

function noteChanges(watch: Watch, records: MutationRecord[]): void {
  if (watch.changed) return;
  // A `<style>` rewritten or a sheet added or taken away in this task: its rules are compared now, before any frame.
  if (records.some(touchesSheets)) noteSheets(watch);
  if (!watch.changed && changesText(records)) markChanged(watch);
}

/** Compares the watched sheets' rules with the last snapshot: a rule that styles text or a cover is a change. */
function noteSheets(watch: Watch): void {
  if (watch.changed) return;
  const now = snapshotRules(watch.scopes);
  const changed = ruleChanges(watch.rules, now);
  const relational = relationalMatches(now);
  const search = { left: MAX_TEXT_SEARCH };
  const styled = new Set<Element>();
  for (const [rule, scope] of changed) for (const element of styledBy(rule, scope, search.left)) styled.add(element);
  // A rule that stayed the same and now styles other elements: a switch elsewhere turned it on or off.
  for (const [rule, elements] of relational) {
    const before = watch.relational.get(rule);
    if (!before) continue;
    for (const element of elements) if (!before.includes(element)) styled.add(element);
    for (const element of before) if (!elements.includes(element)) styled.add(element);
  }
  watch.rules = now;
  watch.relational = relational;
  if ([...styled].some((element) => search.left > 0 && element.isConnected && showsOrCovers(element, search)))
    markChanged(watch);
}

/** The custom elements of a document not defined yet (MAX_PENDING_UPGRADES of them), with the text each shows. */
function undefinedElements(doc: Document): Map<Element, string> {
  const pending = new Map<Element, string>();
  let elements: NodeListOf<Element>;
  try {
    elements = doc.querySelectorAll(':not(:defined)');
  } catch {
    return pending;
  }
  for (let i = 0; i < elements.length && pending.size < MAX_PENDING_UPGRADES; i++)
    pending.set(
      elements[i]!,
      shownWords(elements[i]!, (element) => element.shadowRoot),
    );
  return pending;
}

/**
 * Follows the custom elements defined since the watch began (upgraded: each may attach a root and draw in it): one
 * whose root shows the words it showed before is an honest component coming to life, and its root is watched from
 * now on, as one the first reading met; one showing other words changed what the screenshot may hold.
 */
function noteUpgrades(doc: Document, watch: Watch): void {
  for (const [element, before] of watch.pending) {
    if (watch.changed) return;
    if (!element.matches(':defined')) continue;
    watch.pending.delete(element);
    const root = watch.rootOf(element);
    if (!root || !element.isConnected) continue;
    if (shownWords(element, watch.rootOf) !== before) markChanged(watch);
    else watchShadowRoot(doc, root);
  }
}

/**
 * The words an element shows, as its reader reads them: its root's in place of its children, a slot's assigned
 * nodes in place of its own, scripts and styles aside; white space folded. Read as far as MAX_TEXT_SEARCH nodes.
 */
function shownWords(element: Element, rootOf: RootOf): string {
  const words: string[] = [];
  let left = MAX_TEXT_SEARCH;
  const pending: Node[] = [rootOf(element) ?? element];
  while (pending.length && --left > 0) {
    const node = pending.pop()!;
    if (node.nodeType === 3) words.push((node as Text).data);
    if (node.nodeType !== 1 && node.nodeType !== 11) continue;
    if (node.nodeType === 1 && UNREAD.has((node as Element).localName)) continue;
    const root = node !== element && node.nodeType === 1 ? rootOf(node as Element) : null;
    const assigned = (node as Element).localName === 'slot' ? (node as HTMLSlotElement).assignedNodes() : [];
    const children = root ? [...root.childNodes] : assigned.length ? assigned : [...node.childNodes];
    for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]!);
  }
  return words.join(' ').replace(/\s+/g, ' ').trim();
}

function markChanged(watch: Watch): void {
  watch.changed = true;
  watch.observer.disconnect();
  clearTimeout(watch.timer);
}

/** Whether a mutation record touches the page's sheets: a `<style>`'s text, or a `<style>` or `<link>` come or gone. */
function touchesSheets(record: MutationRecord): boolean {
  const styling = (node: Node) => node.nodeType === 1 && SHEET_ELEMENTS.has((node as Element).localName);
  if (record.type === 'childList' && ([...record.addedNodes].some(styling) || [...record.removedNodes].some(styling)))
    return true;
  const element = record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement;
  return element?.localName === 'style';
}

const SHEET_ELEMENTS = new Set(['style', 'link']);

/**
 * Whether one batch of mutation records changed text a reader may see, or what of it is shown. A batch is what one
 * task did, never rendered in between: text or a style it wrote back as it was, or moved, or re-rendered the same, is
 * no change; nor is the class or style of an element added in the same batch (its text counts, as added).
 */
export function changesText(records: MutationRecord[]): boolean {
  const before = new Map<Node, string | null>();
  const styled = new Map<Element, Map<string, string | null>>();
  const addedNodes = new Set<Node>();
  const removed: string[] = [];
  const added: string[] = [];
  for (const record of records) {
    if (unread(record.target)) continue;
    if (record.type === 'characterData') {
      if (!before.has(record.target)) before.set(record.target, record.oldValue);
    } else if (record.type === 'childList') {
      removed.push(...textsOf(record.removedNodes));
      added.push(...textsOf(record.addedNodes));
      for (const node of record.addedNodes) addedNodes.add(node);
    } else if (record.type === 'attributes' && record.attributeName) {
      const element = record.target as Element;
      const old = styled.get(element) ?? new Map<string, string | null>();
      if (!old.has(record.attributeName)) old.set(record.attributeName, record.oldValue);
      styled.set(element, old);
    }
  }
  if ([...before].some(([node, old]) => old !== (node as CharacterData).data)) return true;
  if (removed.sort().join('\n') !== added.sort().join('\n')) return true;
  const search = { left: MAX_TEXT_SEARCH };
  const restyled = [...styled].some(
    ([element, old]) =>
      [...old].some(([name, value]) => !sameShowing(name, value, element.getAttribute(name))) &&
      element.isConnected &&
      !within(element, addedNodes) &&
      showsOrCovers(element, search),
  );
  // An element come without text may still be laid over the ad's (a blurring veil, a blank box over the price).
  return restyled || [...addedNodes].some((node) => node.nodeType === 1 && coversText(node as Element, search));
}

/** Whether an element holds text a reader may see, or is laid over such text (covers-text.ts). */
function showsOrCovers(element: Element, search: { left: number }): boolean {
  return holdsText(element, search) || coversText(element, search);
}

/**
 * Whether two values of a showing attribute show alike: `hidden` hides whatever its value, and a class or style that is
 * empty is none (Chromium says the style an element never had was "" when a script first sets one of its properties).
 */
function sameShowing(name: string, before: string | null, now: string | null): boolean {
  return name === 'hidden' ? (before === null) === (now === null) : (before ?? '').trim() === (now ?? '').trim();
}

/** Whether a node is one of `nodes` or inside one of them, its shadow hosts included. */
function within(node: Node, nodes: ReadonlySet<Node>): boolean {
  if (nodes.size === 0) return false;
  for (let at: Node | null = node; at; at = at.parentNode ?? (at.nodeType === 11 ? (at as ShadowRoot).host : null))
    if (nodes.has(at)) return true;
  return false;
}

/**
 * Whether an element (or a shadow root) holds text a reader may see (scripts and styles aside), or is a shadow host,
 * whose text is in its root: restyling an empty box or an icon changes no reading. Searched as far as `search` has
 * nodes left (what one batch may search: MAX_TEXT_SEARCH), the answer "yes" past that.
 */
function holdsText(element: Element | ShadowRoot, search: { left: number }): boolean {
  if ('shadowRoot' in element && element.shadowRoot) return true;
  const walker = element.ownerDocument.createTreeWalker(element, 5 /* SHOW_ELEMENT | SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (--search.left < 0) return true;
    if (node.nodeType === 3 && /\S/.test((node as Text).data) && !unread(node)) return true;
  }
  return false;
}

function unread(node: Node): boolean {
  if (node.nodeType === node.COMMENT_NODE) return true;
  const element = node.nodeType === node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return element !== null && UNREAD.has(element.localName);
}

function textsOf(nodes: NodeList): string[] {
  const texts: string[] = [];
  for (const node of nodes) {
    const text = unread(node) ? '' : (node.textContent ?? '').trim();
    if (text) texts.push(text);
  }
  return texts;
}
