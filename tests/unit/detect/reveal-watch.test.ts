// @vitest-environment jsdom
import { afterAll, afterEach, expect, it, vi } from 'vitest';
import { POLL_MS, REVEAL_CHECK_MAX_MS, watchingUnshown } from '@/lib/detect/reveal-watch';
import { secondStageHides } from '@/lib/detect/private-terms';
import { scanSegment, UNSHOWN } from '@/lib/detect/scan-block';
import { withJoinedName } from '@/lib/detect/join-blocks';
import { collectBlockText } from '@/lib/highlight/block-text';
import type { BlockOwner } from '@/lib/highlight/dom-rules';
import { DictionarySchema } from '@/lib/dictionary/schema';
import { compileDictionary } from '@/lib/matching/compile';
import { createMatcher } from '@/lib/matching/matcher';
import { fixtureDictionary, fixtureMatcher } from './fixture-dictionary';

// jsdom has no layout: what is unshown is an injected function here (an element or ancestor with `hidden` or the
// class `gone`); tests/e2e/hidden-text.test.ts proves the real check and the page scanner's rescan in Chromium.

const noOwnUi = () => false;
const matcher = fixtureMatcher();
const isHidden = (_: Range, nodes: readonly Text[]) =>
  nodes.some((node) => node.parentElement!.closest('[hidden], .gone') !== null);
/** Lets the observer's records arrive and its look (REVEAL_CHECK_MS later) run, before checking nothing happened. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 250));
/**
 * Waits for the blocks looked at again to be `expected`: on a busy machine a look's timer can fire well after its
 * time, so the wait is many times the longest a look waits (REVEAL_CHECK_MAX_MS), and ends as soon as it is met.
 */
const recheckedBecomes = (rechecked: BlockOwner[], expected: unknown[]) =>
  expect.poll(() => rechecked, { timeout: 10 * REVEAL_CHECK_MAX_MS }).toEqual(expected);

function watcher() {
  const rechecked: BlockOwner[] = [];
  const isUnshown = watchingUnshown((owner) => rechecked.push(owner), isHidden);
  const ask = (element: Element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return isUnshown(range, [element.firstChild as Text]);
  };
  return { rechecked, ask };
}

afterEach(() => {
  document.body.innerHTML = '';
  document.head.innerHTML = '';
});

// A watcher counts the page's style sheets on timers of its own for up to minutes after a change, as long as a page
// lives; a test file does not: its timers are cleared when the file ends, not left to fire into a torn-down document.
const timers: number[] = [];
const startTimer = window.setTimeout.bind(window);
vi.spyOn(window, 'setTimeout').mockImplementation(((...args: Parameters<typeof window.setTimeout>) => {
  const timer = startTimer(...args);
  timers.push(timer);
  return timer;
}) as typeof window.setTimeout);
afterAll(() => timers.forEach((timer) => window.clearTimeout(timer)));

it('rechecks a hidden block once a class, hidden or open attribute above it changes, and forgets it then', async () => {
  document.body.innerHTML =
    '<div id="tab" class="gone"><p id="a">Panthera tigris</p></div><details id="more"><p id="b">x</p></details>';
  const { rechecked, ask } = watcher();
  expect(ask(document.getElementById('a')!)).toBe(true);
  document.getElementById('tab')!.classList.remove('gone');
  await recheckedBecomes(rechecked, [document.getElementById('a')]);
  // Forgotten until its scan finds it hidden again: another change asks nothing.
  document.getElementById('tab')!.classList.add('gone');
  await settle();
  expect(rechecked).toHaveLength(1);
});

it('rechecks a block when an element inside it is shown, and never one whose text was all shown', async () => {
  document.body.innerHTML = '<p id="a">Keywords: <span hidden>Panthera tigris</span></p><p id="b">Loxodonta</p>';
  const { rechecked, ask } = watcher();
  expect(ask(document.querySelector('span')!)).toBe(true);
  expect(ask(document.getElementById('b')!)).toBe(false);
  document.getElementById('b')!.className = 'changed';
  await settle();
  expect(rechecked).toEqual([]);
  document.querySelector('span')!.removeAttribute('hidden');
  await recheckedBecomes(rechecked, [document.getElementById('a')]);
});

it('looks at the changes of a page that animates a class all the time at most once per REVEAL_CHECK_MS', async () => {
  document.body.innerHTML = '<div id="spinner"></div><div id="panel" class="gone"><p id="a">Panthera tigris</p></div>';
  const { rechecked, ask } = watcher();
  ask(document.getElementById('a')!);
  const spinner = document.getElementById('spinner')!;
  for (let frame = 0; frame < 20; frame++) spinner.classList.toggle('on');
  await settle();
  // The spinner is neither above nor inside the hidden block: nothing is scanned again.
  expect(rechecked).toEqual([]);
  document.getElementById('panel')!.style.display = 'block';
  document.getElementById('panel')!.classList.remove('gone');
  await recheckedBecomes(rechecked, [document.getElementById('a')]);
});

it('watches a block in a shadow root for changes to its host and above', async () => {
  document.body.innerHTML = '<div id="panel" hidden><x-card id="card"></x-card></div>';
  const root = document.getElementById('card')!.attachShadow({ mode: 'open' });
  root.innerHTML = '<p>Panthera tigris</p>';
  const rechecked: BlockOwner[] = [];
  const isUnshown = watchingUnshown(
    (owner) => rechecked.push(owner),
    () => document.getElementById('panel')!.hasAttribute('hidden'),
  );
  const text = root.querySelector('p')!.firstChild as Text;
  expect(isUnshown(document.createRange(), [text])).toBe(true);
  document.getElementById('panel')!.removeAttribute('hidden');
  await recheckedBecomes(rechecked, [root.querySelector('p')]);
});

it('scans again only a block whose text the change shows, not one a class toggled above it keeps hidden', async () => {
  document.body.innerHTML =
    '<section id="holder"><div class="gone"><p id="a">Panthera tigris</p></div><div id="tab" class="gone">' +
    '<p id="b">Panthera tigris</p></div></section>';
  const { rechecked, ask } = watcher();
  ask(document.getElementById('a')!);
  ask(document.getElementById('b')!);
  const holder = document.getElementById('holder')!;
  for (let frame = 0; frame < 5; frame++) {
    holder.classList.toggle('spin');
    await settle();
  }
  expect(rechecked).toEqual([]);
  document.getElementById('tab')!.classList.remove('gone');
  holder.classList.toggle('spin');
  // Looks that found nothing wait longer before the next, up to REVEAL_CHECK_MAX_MS.
  await recheckedBecomes(rechecked, [document.getElementById('b')]);
});

it('looks again at hidden text after an event that may make other style rules apply, with no attribute changed', async () => {
  // `:checked ~ .panel`, `:target`, `:focus-within`, `:hover`, an animation ending: rules the page's state applies.
  document.body.innerHTML = '<input type="checkbox" id="box"><div id="panel"><p id="a">Panthera tigris</p></div>';
  const checkbox = document.getElementById('box') as HTMLInputElement;
  const rechecked: BlockOwner[] = [];
  const isUnshown = watchingUnshown(
    (owner) => rechecked.push(owner),
    () => !checkbox.checked,
  );
  const text = document.getElementById('a')!.firstChild as Text;
  expect(isUnshown(document.createRange(), [text])).toBe(true);
  checkbox.click();
  await recheckedBecomes(rechecked, [document.getElementById('a')]);
});

it('looks again at shown text once the page adds a style sheet, rechecking the text the new rules hide', async () => {
  document.body.innerHTML = '<p id="a">Panthera tigris</p><p id="b">Loxodonta africana</p>';
  // jsdom has no rendering: whether text is shown is what its element's computed `display` says.
  const rechecked: BlockOwner[] = [];
  const isUnshown = watchingUnshown(
    (owner) => rechecked.push(owner),
    (_, nodes) => getComputedStyle(nodes[0]!.parentElement!).display === 'none',
  );
  for (const id of ['a', 'b']) {
    const text = document.getElementById(id)!.firstChild as Text;
    expect(isUnshown(document.createRange(), [text])).toBe(false);
  }
  const style = document.createElement('style');
  style.textContent = '#b { display: none }';
  document.head.append(style);
  // A look stops after a few ms (jsdom's computed style takes about that): the second text may wait for the next.
  await recheckedBecomes(rechecked, [document.getElementById('b')]);
});

/** Counts the reads of the document's style sheets (each count of them reads the list once) until `stop`. */
function countSheetReads() {
  const property = Object.getOwnPropertyDescriptor(Document.prototype, 'styleSheets')!;
  let reads = 0;
  Object.defineProperty(document, 'styleSheets', {
    configurable: true,
    get() {
      reads++;
      return property.get!.call(this);
    },
  });
  return { reads: () => reads, stop: () => delete (document as { styleSheets?: unknown }).styleSheets };
}

it('counts the style sheets once, ahead when given the window, and still rechecks text a sheet added later hides', async () => {
  document.body.innerHTML = '<p id="a">Panthera tigris</p><p id="b">Loxodonta africana</p>';
  const sheets = countSheetReads();
  try {
    const rechecked: BlockOwner[] = [];
    const isUnshown = watchingUnshown(
      (owner) => rechecked.push(owner),
      (_, nodes) => getComputedStyle(nodes[0]!.parentElement!).display === 'none',
      window,
    );
    // Counted when the watch is made (the stage's arrival), not in the slice that checks the first match.
    expect(sheets.reads()).toBe(1);
    for (const id of ['a', 'b'])
      expect(isUnshown(document.createRange(), [document.getElementById(id)!.firstChild as Text])).toBe(false);
    expect(sheets.reads()).toBe(1);
    const style = document.createElement('style');
    style.textContent = '#b { display: none }';
    document.head.append(style);
    await recheckedBecomes(rechecked, [document.getElementById('b')]);
  } finally {
    sheets.stop();
  }
});

it('counts the style sheets once at the first match when not given the window', () => {
  document.body.innerHTML = '<p id="a">Panthera tigris</p>';
  const sheets = countSheetReads();
  try {
    const isUnshown = watchingUnshown(() => {}, isHidden);
    expect(sheets.reads()).toBe(0);
    expect(isUnshown(document.createRange(), [document.getElementById('a')!.firstChild as Text])).toBe(false);
    // Once: the first match's own "page changed" does not count them a second time.
    expect(sheets.reads()).toBe(1);
  } finally {
    sheets.stop();
  }
});

it("reads the clock for the sheets' count once a task, however many matches the task scans", async () => {
  document.body.innerHTML = Array.from({ length: 20 }, (_, i) => `<p id="p${i}">Panthera tigris</p>`).join('');
  const isUnshown = watchingUnshown(() => {}, isHidden, window);
  const clock = vi.spyOn(window.performance, 'now');
  /** The clock's reads while every paragraph is asked about in one task (earlier tests' timers may read it between). */
  const readsWhileAsking = () => {
    const before = clock.mock.calls.length;
    for (const paragraph of document.querySelectorAll('p'))
      expect(isUnshown(document.createRange(), [paragraph.firstChild as Text])).toBe(false);
    return clock.mock.calls.length - before;
  };
  try {
    expect(readsWhileAsking()).toBe(1);
    // A later task is heard again.
    await new Promise((resolve) => setTimeout(resolve));
    expect(readsWhileAsking()).toBe(1);
  } finally {
    clock.mockRestore();
  }
});

/** Waits for a poll (POLL_MS) and its look. */
const poll = () => new Promise((resolve) => setTimeout(resolve, POLL_MS + 250));

it('looks again every POLL_MS at hidden and shown text the page shows or hides with nothing heard', async () => {
  // `insertRule`, an adopted sheet, a class on shown text, an animation ending: no record, no event, no box change.
  document.body.innerHTML = '<p id="a">Panthera tigris</p><p id="b">Loxodonta africana</p>';
  const hiddenNow = new Set(['a']);
  const rechecked: BlockOwner[] = [];
  const isUnshown = watchingUnshown(
    (owner) => rechecked.push(owner),
    (_, nodes) => hiddenNow.has(nodes[0]!.parentElement!.id),
  );
  for (const id of ['a', 'b']) {
    const text = document.getElementById(id)!.firstChild as Text;
    expect(isUnshown(document.createRange(), [text])).toBe(id === 'a');
  }
  await poll();
  expect(rechecked).toEqual([]);
  hiddenNow.clear();
  hiddenNow.add('b');
  await recheckedBecomes(rechecked, [document.getElementById('a'), document.getElementById('b')]);
});

it('asks about a shown match by its own text, not by other words of its element the page hides', async () => {
  // Words off the page's start or clipped beside the match (a scrolled strip, a visually hidden label) are no reason
  // to take the match for hidden: only the match's own text node stands for it.
  document.body.innerHTML = '<p id="a">Lot 12 <b>sold</b> Panthera tigris skin</p><p id="hidden">Loxodonta</p>';
  const [label, match] = [document.getElementById('a')!.firstChild as Text, document.getElementById('a')!.lastChild];
  const hiddenTexts = new Set<Node>([label, document.getElementById('hidden')!.firstChild!]);
  const rechecked: BlockOwner[] = [];
  const isUnshown = watchingUnshown(
    (owner) => rechecked.push(owner),
    (_, nodes) => hiddenTexts.has(nodes[0]!),
  );
  expect(isUnshown(document.createRange(), [document.getElementById('hidden')!.firstChild as Text])).toBe(true);
  expect(isUnshown(document.createRange(), [match as Text])).toBe(false);
  await poll();
  expect(rechecked).toEqual([]);
  hiddenTexts.add(match!);
  await recheckedBecomes(rechecked, [document.getElementById('a')]);
});

it('marks no exempt name in text the page hides', () => {
  // Exempt names are marked where the senses apply: on every page.
  const pageMatcher = createMatcher(compileDictionary(DictionarySchema.parse(fixtureDictionary)));
  document.body.innerHTML = '<p id="block">Budgies and <span class="gone">cockatiel</span></p>';
  const block = collectBlockText(document.getElementById('block')!, noOwnUi);
  const hides = secondStageHides(pageMatcher, [], () => false, isHidden);
  const { painted } = scanSegment(block, pageMatcher, document, 0, block.text.length, hides);
  expect(painted.map(({ range, category }) => [range.toString(), category])).toEqual([['Budgies', 'exempt']]);
});

it('reports a name joined across two blocks apart when the page hides part of it, keeping the blocks own', () => {
  document.body.innerHTML = '<table><tr><td id="a">Loxodonta</td><td id="b" hidden>africana</td></tr></table>';
  const first = collectBlockText(document.getElementById('a')!, noOwnUi);
  const next = collectBlockText(document.getElementById('b')!, noOwnUi);
  const hides = secondStageHides(matcher, [], () => false, isHidden);
  const own = scanSegment(first, matcher, document, 0, first.text.length, hides);
  const joined = withJoinedName(first, own, () => next, matcher, document, hides);
  expect(joined.painted).toEqual(own.painted);
  expect(joined.hits.at(-1)).toEqual(expect.objectContaining({ word: 'Loxodonta africana', unpainted: UNSHOWN }));
  // Shown, the joined name is painted and counted as before.
  document.getElementById('b')!.removeAttribute('hidden');
  const shown = withJoinedName(first, own, () => next, matcher, document, hides);
  expect(shown.painted.at(-1)?.range.toString()).toBe('Loxodontaafricana');
  expect(shown.hits.at(-1)).toEqual(expect.objectContaining({ word: 'Loxodonta africana' }));
  expect(shown.hits.at(-1)?.unpainted).toBeUndefined();
});

it('says the sheets changed when the page edits a rule in place: its content, then its selector', async () => {
  document.head.innerHTML = '<style>#a::after { content: "" }</style>';
  document.body.innerHTML = '<p id="a">Panthera tigris</p>';
  let changes = 0;
  const isUnshown = watchingUnshown(
    () => {},
    isHidden,
    window,
    () => changes++,
  );
  expect(isUnshown(document.createRange(), [document.getElementById('a')!.firstChild as Text])).toBe(false);
  // Neither edit adds or removes a rule: the sheet's count of rules stays as it was (hostile27).
  const rule = document.styleSheets[0]!.cssRules[0] as CSSStyleRule;
  rule.style.setProperty('content', '" Loxodonta africana"');
  await expect.poll(() => changes, { timeout: 10 * REVEAL_CHECK_MAX_MS }).toBe(1);
  rule.selectorText = '#b::after';
  await expect.poll(() => changes, { timeout: 10 * REVEAL_CHECK_MAX_MS }).toBe(2);
});
