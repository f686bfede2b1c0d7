// @vitest-environment jsdom
import { afterEach, expect, it } from 'vitest';
import { watchingUnshown } from '@/lib/detect/reveal-watch';
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
/** Lets the observer's records arrive and its look (REVEAL_CHECK_MS later) run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 250));

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
});

it('rechecks a hidden block once a class, hidden or open attribute above it changes, and forgets it then', async () => {
  document.body.innerHTML =
    '<div id="tab" class="gone"><p id="a">Panthera tigris</p></div><details id="more"><p id="b">x</p></details>';
  const { rechecked, ask } = watcher();
  expect(ask(document.getElementById('a')!)).toBe(true);
  document.getElementById('tab')!.classList.remove('gone');
  await settle();
  expect(rechecked).toEqual([document.getElementById('a')]);
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
  await settle();
  expect(rechecked).toEqual([document.getElementById('a')]);
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
  await settle();
  expect(rechecked).toEqual([document.getElementById('a')]);
});

it('watches a block in a shadow root for changes to its host and above', async () => {
  document.body.innerHTML = '<div id="panel" hidden><x-card id="card"></x-card></div>';
  const root = document.getElementById('card')!.attachShadow({ mode: 'open' });
  root.innerHTML = '<p>Panthera tigris</p>';
  const rechecked: BlockOwner[] = [];
  const isUnshown = watchingUnshown(
    (owner) => rechecked.push(owner),
    () => true,
  );
  const text = root.querySelector('p')!.firstChild as Text;
  expect(isUnshown(document.createRange(), [text])).toBe(true);
  document.getElementById('panel')!.removeAttribute('hidden');
  await settle();
  expect(rechecked).toEqual([root.querySelector('p')]);
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
