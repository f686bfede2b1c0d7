// @vitest-environment jsdom
import { afterEach, expect, it } from 'vitest';
import { flatBlock, scanAcrossSlots } from '@/lib/detect/slot-edges';
import { DictionarySchema } from '@/lib/dictionary/schema';
import { compileDictionary } from '@/lib/matching/compile';
import { createMatcher } from '@/lib/matching/matcher';
import { fixtureDictionary } from './fixture-dictionary';

// hostile32: a shadow root's own text runs on into what its slots draw, though each tree's text is a block of its own.

const matcher = createMatcher(compileDictionary(DictionarySchema.parse(fixtureDictionary)));
const ownUi = () => false;

/** A host holding `light`, whose open root holds `root`; the root. */
function hostOf(root: string, light: string): ShadowRoot {
  const host = document.createElement('name-tag');
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = root;
  host.innerHTML = light;
  document.body.append(host);
  return shadow;
}

/** Where jsdom has no layout: the text nodes drawn one after another on a line, 10 wide a letter, as the tree flows. */
function drawFlat(root: ShadowRoot) {
  const flat = flatBlock(root, ownUi)!.block;
  Range.prototype.getClientRects = function (this: Range) {
    const index = flat.nodes.indexOf(this.startContainer as Text);
    return [new DOMRect(10 * flat.starts[index]!, 0, 10 * flat.nodes[index]!.length, 12)] as unknown as DOMRectList;
  };
}
afterEach(() => {
  delete (Range.prototype as Partial<Range>).getClientRects;
  document.body.replaceChildren();
});

it("reads a slot's assigned text in its place, and its own content when nothing is assigned", () => {
  const root = hostOf('Psitt<slot></slot> <slot name="none"><i>erithacus</i></slot>', 'acus');
  const flat = flatBlock(root, ownUi)!;
  expect(flat.block.text).toBe('Psittacus erithacus');
  expect([...flat.slotted].map((node) => node.data)).toEqual(['acus']);
});

it.each([
  ['a word split at the slot', 'Psitt<slot></slot>', 'acus erithacus', ['Psitt', 'acus erithacus']],
  ['a name whose words each tree holds one of', '<b>Python</b> <slot></slot>', 'regius', ['Python', 'regius']],
])('paints %s', (_, root, light, painted) => {
  const shadow = hostOf(root, light);
  drawFlat(shadow);
  const scanned = scanAcrossSlots(shadow, ownUi, matcher, document)!;
  expect(scanned.painted.map(({ range }) => range.toString())).toEqual(painted);
  expect(scanned.hits).toHaveLength(1);
});

it("leaves a name all in the slotted text to the host's block", () => {
  const shadow = hostOf('Price: <slot></slot>', 'Python regius');
  drawFlat(shadow);
  expect(scanAcrossSlots(shadow, ownUi, matcher, document)).toEqual({ painted: [], hits: [] });
});

it.each([
  ['no text of its own', '<slot></slot>', 'Psittacus erithacus'],
  ['nothing slotted', 'Psittacus <slot></slot>', ''],
  ['a slot of a page layout', 'Menu <slot></slot>', `<span>${'Listing text. '.repeat(80)}</span>`],
])('reads nothing again for a root with %s', (_, root, light) => {
  expect(scanAcrossSlots(hostOf(root, light), ownUi, matcher, document)).toBeUndefined();
});
