import { blockOwner, type BlockOwner } from '@/lib/highlight/dom-rules';
import { unshown } from './unshown';

/**
 * Attributes whose change shows or hides what an element holds without changing the page's text: a tab or an
 * accordion toggled by a class, a style (`display`, a carousel's `transform`), `hidden` removed, `<details open>`,
 * `aria-hidden` (which pages switch with the class that shows a panel).
 */
const REVEALING = ['class', 'style', 'hidden', 'open', 'aria-hidden'];
/**
 * Events after which other style rules may apply, with no attribute changed on a hidden block's path: `:checked`,
 * `:placeholder-shown`, `:target`, `:focus-within`, `:hover`, a media query, an animation or a transition ending.
 */
const RULES_MAY_CHANGE = [
  'change',
  'input',
  'hashchange',
  'resize',
  'focusin',
  'mouseover',
  'animationend',
  'transitionend',
];
/** Elements whose change changes the page's style rules, and the attributes that switch them. */
const STYLE_ELEMENTS = new Set(['STYLE', 'LINK']);
const SWITCHING_STYLES = ['media', 'disabled', 'href', 'rel'];
/**
 * How long after a change the watched text is looked at, at first: a page that animates a class or a style all the
 * time (60 times a second) costs one look per tenth of a second at most.
 */
export const REVEAL_CHECK_MS = 100;
/**
 * Each look that finds nothing shown or hidden doubles the wait before the next, up to this: a page that keeps
 * changing classes above hidden text that stays hidden is looked at less and less often.
 */
export const REVEAL_CHECK_MAX_MS = 1_600;
/**
 * While hidden text is watched, it and shown text are looked at again this often (ms), whether or not anything was
 * heard: a page can show or hide text unheard (`insertRule`, an adopted sheet, a sheet disabled, a class or an
 * animation on shown text), and a poll is the one thing it can neither see nor avoid. Each costs one bounded look; a
 * page that hides nothing (most, and the long listings) is never polled.
 */
export const POLL_MS = REVEAL_CHECK_MAX_MS;
/**
 * While no text is hidden, the page's style sheets are counted (sheetsSignature) this long after the watch last heard
 * the page or the researcher, then twice as long after each count that finds them unchanged: a rule inserted later to
 * hide a shown name (which no element change tells) is caught, and a page left alone stops costing a timer once the
 * wait passes SHEETS_STOP_MS.
 */
const SHEETS_CHECK_MS = POLL_MS;
const SHEETS_STOP_MS = 100_000;
/** Events that say the researcher is at the page, reading it: the sheets are counted then, once a SHEETS_CHECK_MS. */
const READING = ['scroll', 'pointermove', 'keydown', 'focus', 'visibilitychange'];
/** A look stops after this much time (ms); what is left waits for the next one. */
const LOOK_MS = 2;
/** The matches kept per hidden block to ask again (the latest): enough for the elements that hide them apart. */
const PROBES_PER_BLOCK = 8;

/** The node above `node`, crossing from a shadow root to its host. */
const above = (node: Node): Node | null => node.parentNode ?? (node as ShadowRoot).host ?? null;

/** A number for each style rule a signature met: a rule swapped for another leaves the count but not the rules. */
const ruleIds = new WeakMap<CSSRule, number>();
let rulesMet = 0;
/**
 * Each rule's text when a signature last read it, and how many rules were found edited since: a rule edited in place
 * (`rule.style.setProperty`, `rule.style.cssText = …`, `rule.selectorText = …`) keeps its identity, not its text.
 */
const ruleTexts = new WeakMap<CSSRule, string>();
let rulesEdited = 0;
/**
 * The characters of rule text one signature reads at most: the rules past them (a marketplace's tens of thousands)
 * are signed by identity only, so a signature never costs more than a few milliseconds.
 */
const MAX_RULE_TEXT = 300_000;
/**
 * The shadow roots of shown names whose sheets are signed, at most: listing cards each in a root share their adopted
 * sheets (read once a count), but a root's own `<style>` is a sheet of its own.
 */
const MAX_SHEET_ROOTS = 200;

/**
 * The style sheets of the page and of the given shadow roots (their own and adopted ones), each with its rule count
 * and which rules it holds, as one string: it changes when a rule is inserted, deleted, swapped for another or edited
 * in place (within MAX_RULE_TEXT characters of rules), a sheet added, removed, emptied, replaced or switched off,
 * whatever did it, and reading it restyles nothing (one look at each rule, no page text read).
 */
export function sheetsSignature(doc: Document, roots: Iterable<ShadowRoot> = []): string {
  let signature = '';
  let textLeft = MAX_RULE_TEXT;
  // A sheet adopted by many roots is read once: its place in each is enough.
  const read = new Map<CSSStyleSheet, number>();
  for (const scope of [doc, ...roots])
    for (const sheet of [...scope.styleSheets, ...(scope.adoptedStyleSheets ?? [])]) {
      const seen = read.get(sheet);
      if (seen !== undefined) {
        signature += `#${seen},`;
        continue;
      }
      read.set(sheet, read.size);
      let rules = '-1';
      try {
        const list = sheet.cssRules;
        let held = 0;
        for (let index = 0; index < list.length; index++) {
          const rule = list[index]!;
          let id = ruleIds.get(rule);
          if (id === undefined) ruleIds.set(rule, (id = ++rulesMet));
          held = (Math.imul(held, 31) + id) | 0;
          if (textLeft > 0) textLeft -= editedLength(rule);
        }
        rules = `${list.length}:${held}`;
      } catch {
        // Another origin's sheet: the browser does not let scripts read or change its rules.
      }
      signature += `${rules}${sheet.disabled ? 'd' : ''},`;
    }
  return `${signature}e${rulesEdited}`;
}

/** Reads a rule's text, counting it edited when it differs from the last reading; returns its length. */
function editedLength(rule: CSSRule): number {
  const text = rule.cssText;
  const before = ruleTexts.get(rule);
  if (before !== text) {
    if (before !== undefined) rulesEdited++;
    ruleTexts.set(rule, text);
  }
  return text.length;
}

/** A hidden block: the block to scan again when it shows (itself, or for a name joined across two the first). */
interface HiddenBlock {
  first: BlockOwner;
  probes: [Range, readonly Text[]][];
}

/**
 * Watches text the page hides (unshown.ts) for the page showing it without changing it, and text it shows for a
 * style rule added later hiding it. A hidden block is looked at again when an attribute that shows or hides
 * (REVEALING) changes on it, above it or inside it, when its box changes size (a `display` rule that now applies,
 * whatever made it apply), after an event that may make other rules apply (RULES_MAY_CHANGE), and when the page's
 * style sheets change; a shown text when the style sheets change. While hidden text exists, both are looked at every
 * POLL_MS too, for what a page changes unheard. Only a block whose text is now shown (or shown text now hidden, by any
 * way unshown.ts knows) is handed to `recheck`, once, and forgotten (its scan notes it again). Looks are bounded in
 * time and back off while they find nothing (REVEAL_CHECK_MS to REVEAL_CHECK_MAX_MS); the observers, listeners and
 * poll for hidden text exist only while such text does. A name joined across two blocks (join-blocks.ts) watches
 * both and rechecks the first, whose scan joins it.
 * `sheetsChanged` is called when a count finds the sheets changed: a rule edited in place may draw other words.
 * Returns what the second stage asks of every match: whether it is unshown, noting its block either way.
 * @example const isUnshown = watchingUnshown((owner) => scanner.rescanWaiting(owner)); isUnshown(range, nodes)
 */
export function watchingUnshown(
  recheck: (owner: BlockOwner) => void,
  isUnshown = unshown,
  ahead?: Window & typeof globalThis,
  sheetsChanged?: () => void,
): (range: Range, nodes: readonly Text[]) => boolean {
  const hidden = new Map<BlockOwner, HiddenBlock>();
  /** The element holding each shown match's text, with its block to scan again and the match's text node. */
  const shown = new Map<Element, [BlockOwner, Text]>();
  /** The shadow roots holding shown matches: their own sheets and adopted ones style them, not the page's. */
  const shownRoots = new Set<ShadowRoot>();
  let sweepShownAt = 1_024;
  /** Hidden blocks and shown texts to look at. */
  const due = new Set<Node>();
  const changed = new Set<Node>();
  let everyHiddenDue = false;
  let everythingDue = false;
  let win: Window & typeof globalThis;
  let observer: MutationObserver | undefined;
  let resizes: ResizeObserver | undefined;
  /** The nodes observed, each with whether its subtree is: a watched block's is, the elements above it are not. */
  let observed = new WeakMap<Node, boolean>();
  let timer = 0;
  let wait = REVEAL_CHECK_MS;
  let lastLook = 0;
  let polling = 0;
  let sheets = '';
  let sheetsTimer = 0;
  let sheetsWait = SHEETS_CHECK_MS;
  let sheetsCountedAt = 0;
  /** Whether a match has been heard in this task. */
  let heardInTask = false;

  const schedule = () => {
    if (timer) return;
    // A quiet page starts again at the shortest wait.
    if (win.performance.now() - lastLook > 2 * REVEAL_CHECK_MAX_MS) wait = REVEAL_CHECK_MS;
    timer = win.setTimeout(look, wait);
  };
  const rulesMayChange = () => {
    everyHiddenDue = true;
    schedule();
  };
  const listen = (on: boolean) => {
    for (const type of RULES_MAY_CHANGE)
      win[on ? 'addEventListener' : 'removeEventListener'](type, rulesMayChange, true);
  };

  /** Whether a shown match's text node is hidden now (the whole node stands for the match, which it holds). */
  const hidesNow = (text: Text) => {
    if (!text.isConnected) return false;
    const range = text.ownerDocument.createRange();
    range.selectNodeContents(text);
    return isUnshown(range, [text]);
  };

  /** Whether a match the page hid is shown now. */
  const showsNow = ([range, nodes]: HiddenBlock['probes'][number]) =>
    nodes.every((node) => node.isConnected) && !isUnshown(range, nodes);

  const forget = (owner: BlockOwner) => {
    hidden.delete(owner);
    if (owner.nodeType === 1) resizes?.unobserve(owner as Element);
  };

  const markChanged = () => {
    // A change inside a block (`<span hidden>` shown): the block is the first watched node above the element.
    for (const target of changed)
      for (let node: Node | null = target; node; node = above(node))
        if (hidden.has(node as BlockOwner)) {
          due.add(node);
          break;
        }
    // A change above a block (a tab panel shown), or on the block itself.
    for (const owner of hidden.keys())
      for (let node: Node | null = owner; node; node = above(node))
        if (changed.has(node)) {
          due.add(owner);
          break;
        }
    changed.clear();
  };

  const look = () => {
    timer = 0;
    lastLook = win.performance.now();
    markChanged();
    if (everyHiddenDue || everythingDue) for (const owner of hidden.keys()) due.add(owner);
    if (everythingDue) for (const element of shown.keys()) due.add(element);
    everyHiddenDue = everythingDue = false;
    const again = new Set<BlockOwner>();
    for (const node of due) {
      if (win.performance.now() - lastLook > LOOK_MS) break;
      due.delete(node);
      const block = hidden.get(node as BlockOwner);
      if (block && (!node.isConnected || block.probes.some(showsNow))) {
        forget(node as BlockOwner);
        forget(block.first);
        if (node.isConnected) again.add(block.first);
      }
      const watched = shown.get(node as Element);
      if (watched && (!node.isConnected || hidesNow(watched[1]))) {
        shown.delete(node as Element);
        if (node.isConnected) again.add(watched[0]);
      }
    }
    for (const owner of again) recheck(owner);
    // A look cut short by its time found nothing yet: only one that looked at everything due backs off.
    if (again.size > 0) wait = REVEAL_CHECK_MS;
    else if (due.size === 0) wait = Math.min(2 * wait, REVEAL_CHECK_MAX_MS);
    else schedule();
    if (hidden.size === 0 && observer) {
      observer.disconnect();
      resizes?.disconnect();
      observer = resizes = undefined;
      observed = new WeakMap();
      listen(false);
    }
  };

  /** Looks at everything watched now and then, unheard changes too; the looks for what is heard keep their pace. */
  const poll = () => {
    polling = 0;
    if (hidden.size === 0) return;
    everythingDue = true;
    if (!timer) {
      const [pace, last] = [wait, lastLook];
      look();
      // What the look had no time for waits for the next poll: thousands of shown names cost one look per poll.
      win.clearTimeout(timer);
      timer = 0;
      [wait, lastLook] = [pace, last];
    }
    polling = win.setTimeout(poll, POLL_MS);
  };

  /** Counts the page's style sheets; a change makes every shown text due. Whether they changed. */
  const countSheets = () => {
    sheetsCountedAt = win.performance.now();
    const now = sheetsSignature(win.document, shownRoots);
    if (now === sheets) return false;
    sheets = now;
    everythingDue = true;
    schedule();
    sheetsChanged?.();
    return true;
  };
  const sheetsTick = () => {
    sheetsTimer = 0;
    // While text is hidden the poll looks at everything, and heard() starts the count again once none is.
    if (hidden.size > 0) return;
    sheetsWait = countSheets() ? SHEETS_CHECK_MS : 2 * sheetsWait;
    if (sheetsWait <= SHEETS_STOP_MS) sheetsTimer = win.setTimeout(sheetsTick, sheetsWait);
  };
  /** The page changed or the researcher is at it: the sheets are counted now unless just counted, and for a while. */
  const heard = () => {
    if (win.performance.now() - sheetsCountedAt >= SHEETS_CHECK_MS) countSheets();
    sheetsWait = SHEETS_CHECK_MS;
    sheetsTimer ||= win.setTimeout(sheetsTick, sheetsWait);
  };

  /** Watches the page's style sheets (added, removed, edited, switched, loaded) for rules that show or hide text. */
  const watchStyleSheets = () => {
    const doc = win.document;
    // A style element or link, or the text of a style element.
    const styles = (node: Node) =>
      STYLE_ELEMENTS.has(node.nodeName) || STYLE_ELEMENTS.has(node.parentNode?.nodeName ?? '');
    const stylesChanged = () => {
      everythingDue = true;
      schedule();
    };
    new win.MutationObserver((records) => {
      if (records.some((record) => [record.target, ...record.addedNodes, ...record.removedNodes].some(styles)))
        stylesChanged();
    }).observe(doc.head ?? doc.documentElement, {
      childList: true,
      characterData: true,
      subtree: true,
      attributes: true,
      attributeFilter: SWITCHING_STYLES,
    });
    // A style sheet's file arrives after its element (load events do not bubble: caught on the way down).
    win.addEventListener('load', (event) => styles(event.target as Node) && stylesChanged(), true);
  };

  const watchHidden = (owner: BlockOwner, first: BlockOwner, range: Range, nodes: readonly Text[]) => {
    const block = hidden.get(owner) ?? { first, probes: [] };
    hidden.set(owner, block);
    if (block.probes.push([range, nodes]) > PROBES_PER_BLOCK) block.probes.shift();
    if (!observer) {
      observer = new win.MutationObserver((records) => {
        for (const record of records) changed.add(record.target);
        schedule();
      });
      // A box that appears or changes size: whatever rule now applies (`:checked ~ .panel`, a media query).
      resizes = win.ResizeObserver
        ? new win.ResizeObserver((entries) => {
            for (const entry of entries) due.add(entry.target);
            schedule();
          })
        : undefined;
      listen(true);
    }
    if (owner.nodeType === 1) resizes?.observe(owner as Element);
    polling ||= win.setTimeout(poll, POLL_MS);
    const observe = (node: Node, subtree: boolean) => {
      observed.set(node, subtree);
      observer!.observe(node, { attributes: true, attributeFilter: REVEALING, subtree });
    };
    // The block and what it holds (an inline element shown), then each element above it up to the document, through
    // shadow hosts, without their subtrees: a page animating elements elsewhere (a spinner) costs no callback. Above
    // an element already observed, every one is.
    if (!observed.get(owner)) observe(owner, true);
    for (let node = above(owner); node && !observed.has(node); node = above(node)) observe(node, false);
  };

  const watchShown = (text: Text, first: BlockOwner) => {
    const element = text.parentElement;
    if (!element) return;
    shown.set(element, [first, text]);
    // A root met later makes the next count differ once: one look at what is shown, for nothing.
    const root = text.getRootNode();
    if (root !== text.ownerDocument && shownRoots.size < MAX_SHEET_ROOTS) shownRoots.add(root as ShadowRoot);
    // Blocks the page removed are let go of now and then, not kept alive.
    if (shown.size < sweepShownAt) return;
    for (const kept of shown.keys()) if (!kept.isConnected) shown.delete(kept);
    sweepShownAt = 2 * shown.size + 1_024;
  };

  /**
   * Starts watching the window's style sheets and the reader: at the first match, or ahead when the window is given
   * (the sheets' first count, a few ms on a large page, then falls outside the scanner's slices).
   */
  const start = (view: Window & typeof globalThis) => {
    win = view;
    watchStyleSheets();
    sheets = sheetsSignature(win.document, shownRoots);
    // Just counted: the first match's heard() does not count them again.
    sheetsCountedAt = win.performance.now();
    for (const type of READING) win.addEventListener(type, heard, { capture: true, passive: true });
  };
  if (ahead) start(ahead);

  return (range, nodes) => {
    const text = nodes[0];
    const first = text && blockOwner(text);
    if (!first) return isUnshown(range, nodes);
    if (!win) start(text.ownerDocument.defaultView!);
    // A match scanned: the page changed its text, and may have changed its rules with it. Once a task: a slice scans
    // many matches, and the sheets' count cannot come due between them.
    if (!heardInTask) {
      heardInTask = true;
      queueMicrotask(() => (heardInTask = false));
      heard();
    }
    if (!isUnshown(range, nodes)) {
      watchShown(text, first);
      return false;
    }
    const last = blockOwner(nodes.at(-1)!);
    watchHidden(first, first, range, nodes);
    if (last && last !== first) watchHidden(last, first, range, nodes);
    return true;
  };
}
