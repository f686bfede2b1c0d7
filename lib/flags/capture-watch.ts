/** Elements whose text no reader sees as the page's: a script or style the page adds is no change of the ad. */
const UNREAD = new Set(['script', 'style', 'noscript', 'template']);

/**
 * How long a watch lasts at most when the flag never ends it (it stopped at "already flagged", or its worker died): a
 * flag of a page of a million nodes ends it within minutes.
 */
const WATCH_MS = 10 * 60_000;

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
 * (scripts and styles aside) that differs from what it replaced counts; rewriting the same text does not. The watch
 * stops at the first change (nothing more to learn, nothing more to cost), at its end, or after WATCH_MS. Shadow roots
 * and changes of style alone are not watched: the two readings compared catch those that last.
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
  watch.observer.observe(doc, { subtree: true, childList: true, characterData: true, characterDataOldValue: true });
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
 * Whether one batch of mutation records changed text a reader may see. A batch is what one task did, never rendered
 * in between: text it wrote back as it was, or moved, or re-rendered the same, is no change.
 */
export function changesText(records: MutationRecord[]): boolean {
  const before = new Map<Node, string | null>();
  const removed: string[] = [];
  const added: string[] = [];
  for (const record of records) {
    if (unread(record.target)) continue;
    if (record.type === 'characterData') {
      if (!before.has(record.target)) before.set(record.target, record.oldValue);
    } else if (record.type === 'childList') {
      removed.push(...textsOf(record.removedNodes));
      added.push(...textsOf(record.addedNodes));
    }
  }
  if ([...before].some(([node, old]) => old !== (node as CharacterData).data)) return true;
  return removed.sort().join('\n') !== added.sort().join('\n');
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
