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

interface Watch {
  observer: MutationObserver;
  changed: boolean;
  timer: ReturnType<typeof setTimeout>;
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
 * flag nothing is observed. Not seen, so left to the two readings compared (which catch what lasts): style sheets
 * rewritten (a `<style>`'s text, `insertRule`, adopted sheets), roots attached after the first reading passed their
 * host, and closed roots the browser does not let Spoor's world open (Chromium opens those of custom elements only).
 * @example startCaptureWatch(document); …; const changed = endCaptureWatch(document);
 */
export function startCaptureWatch(doc: Document): void {
  stopWatch(doc);
  const View = doc.defaultView?.MutationObserver;
  if (!View || !doc.documentElement) return;
  const watch: Watch = {
    observer: new View((records) => noteChanges(watch, records)),
    changed: false,
    timer: setTimeout(() => stopWatch(doc), WATCH_MS),
  };
  watches.set(doc, watch);
  watch.observer.observe(doc, OBSERVED);
}

/**
 * Extends a running watch (startCaptureWatch) into a shadow root, which the document's observer does not reach: the
 * page reader hands it each root its first reading meets. Nothing when no watch runs, or once it saw a change.
 * @example watchShadowRoot(document, card.shadowRoot!)
 */
export function watchShadowRoot(doc: Document, root: ShadowRoot): void {
  const watch = watches.get(doc);
  if (watch && !watch.changed) watch.observer.observe(root, OBSERVED);
}

/**
 * Ends the watch startCaptureWatch began: whether the page's text changed meanwhile, undefined when none was running.
 * @example endCaptureWatch(document) // true after a timer swapped "320 €" for "5 €" and back
 */
export function endCaptureWatch(doc: Document): boolean | undefined {
  const watch = watches.get(doc);
  if (!watch) return undefined;
  noteChanges(watch, watch.observer.takeRecords());
  stopWatch(doc);
  watches.delete(doc);
  return watch.changed;
}

function stopWatch(doc: Document): void {
  const watch = watches.get(doc);
  watch?.observer.disconnect();
  clearTimeout(watch?.timer);
}

function noteChanges(watch: Watch, records: MutationRecord[]): void {
  if (watch.changed || !changesText(records)) return;
  watch.changed = true;
  watch.observer.disconnect();
  clearTimeout(watch.timer);
}

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
  return [...styled].some(
    ([element, old]) =>
      [...old].some(([name, value]) => !sameShowing(name, value, element.getAttribute(name))) &&
      element.isConnected &&
      !within(element, addedNodes) &&
      holdsText(element, search),
  );
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
 * Whether an element holds text a reader may see (scripts and styles aside), or is a shadow host, whose text is in its
 * root: restyling an empty box or an icon changes no reading. Searched as far as `search` has nodes left (what one
 * batch may search: MAX_TEXT_SEARCH), the answer "yes" past that.
 */
function holdsText(element: Element, search: { left: number }): boolean {
  if (element.shadowRoot) return true;
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
